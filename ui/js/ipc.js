// The only module that touches window.__TAURI__. Every call resolves with the
// command's value or rejects with {kind, message} from the app.
const tauri = window.__TAURI__;

function invoke(command, args = {}) {
  return tauri.core.invoke(command, args).catch((error) => {
    throw typeof error === "object" && error && "message" in error
      ? error
      : { kind: "ipc", message: String(error) };
  });
}

export const getStatus = () => invoke("get_status");
export const getMessages = () => invoke("get_messages");
export const getHistory = () => invoke("get_history");
export const getHabits = () => invoke("get_habits");
export const setHabit = (id, fields) => invoke("set_habit", { id, ...fields });
export const logHabit = (habit, { note, minutes, need, withNames } = {}) =>
  invoke("log_habit", { habit, note: note ?? null, minutes: minutes ?? null, need: need ?? null, with: withNames ?? null });
export const undoHabit = (habit) => invoke("undo_habit", { habit });
export const skipHabit = (habit) => invoke("skip_habit", { habit });
export const pauseReminders = (until) => invoke("pause_reminders", { until: until ?? null });
export const resumeReminders = () => invoke("resume_reminders");
export const searchNotes = (query) => invoke("search_notes", { query });
export const getReview = () => invoke("get_review");
export const declineAnchor = (habit) => invoke("decline_anchor", { habit });
export const recordBenefitCheck = (rating, responses) => invoke("record_benefit_check", { rating, responses });
export const getAutomaticity = () => invoke("get_automaticity");
export const recordCheck = (habit, answers) => invoke("record_check", { habit, answers });
export const answerStepBack = (habit, yes) => invoke("answer_step_back", { habit, yes });
export const troubleshoot = (habit, choice, value) => invoke("troubleshoot", { habit, choice, value: value ?? null });
export const addHabit = (fields) => invoke("add_habit", fields);
export const getSettings = () => invoke("get_settings");
export const setSetting = (key, value) => invoke("set_setting", { key, value });
export const forgetRhythm = () => invoke("forget_rhythm");
export const addCalendar = (path) => invoke("add_calendar", { path });
export const removeCalendar = (path) => invoke("remove_calendar", { path });
export const setStartAtLogin = (enabled) => invoke("set_start_at_login", { enabled });
export const exportData = (format) => invoke("export_data", { format });
export const importData = (path) => invoke("import_data", { path });
export const listBackups = () => invoke("list_backups");
export const restoreBackup = (name) => invoke("restore_backup", { name });
export const closeDashboard = () => invoke("close_dashboard");
export const getNotices = () => invoke("get_notices");
export const getMindsets = () => invoke("get_mindsets");
export const recordAssessment = (answers) => invoke("record_assessment", { answers });
export const saveAssessmentDraft = (answers) => invoke("save_assessment_draft", { answers });
export const startCheckin = (habit) => invoke("start_checkin", { habit });
export const finishCheckin = () => invoke("finish_checkin");
export const cancelCheckin = () => invoke("cancel_checkin");
export const getLinks = () => invoke("get_links");
export const addLink = (name, url, isDefault) => invoke("add_link", { name, url, default: isDefault });
export const removeLink = (name) => invoke("remove_link", { name });
export const setDefaultLink = (name) => invoke("set_default_link", { name });
export const getIdeas = (habit) => invoke("get_ideas", { habit });
export const setIdeas = (habit, ideas) => invoke("set_ideas", { habit, ideas });
export const getPeople = () => invoke("get_people");
export const getNetwork = () => invoke("get_network");
export const renamePerson = (from, to) => invoke("rename_person", { from, to });
export const mergePeople = (from, into) => invoke("merge_people", { from, into });
export const setPersonKind = (name, kind) => invoke("set_person_kind", { name, kind });
export const forgetPerson = (name, fromBackups) => invoke("forget_person", { name, fromBackups });
