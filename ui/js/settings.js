// The Settings panel: habits (habit-forms.js), reminder timing, waiting while you
// are away, a vacation pause, start at login, export and import, and where the
// data lives.
import { addCalendar, exportData, forgetRhythm, getSettings, getStatus, importData, listBackups, pauseReminders, removeCalendar, restoreBackup, resumeReminders, setSetting, setStartAtLogin } from "./ipc.js";
import { showHabits } from "./habit-forms.js";
import { showNetwork } from "./network.js";
import { run } from "./outcome.js";
import { limit } from "./page.js";
import { t } from "./i18n.js";
import { dateText } from "./dates.js";

const $ = (id) => document.getElementById(id);

function drawPaths(view) {
  $("data-dir").textContent = view.data_dir;
  $("backups-dir").textContent = view.backups_dir;
  $("export-dir").textContent = view.export_dir;
  const list = $("import-choices");
  list.replaceChildren(
    ...view.exports.map((file) => {
      const option = document.createElement("option");
      option.value = file.path;
      return option;
    }),
  );
  const path = $("import-form").path;
  if (!path.value && view.exports.length) path.placeholder = view.exports[0].path;
}

const PRESENCE_WORDS = { present: "ui-presence-here", away: "ui-presence-away", unknown: "ui-presence-unknown" };
/** The tray's names for what it follows (sent over D-Bus as identifiers). */
const SOURCE_WORDS = {
  "X idle time": "ui-source-x-idle",
  screensaver: "ui-source-screensaver",
  "GNOME idle monitor": "ui-source-gnome-idle",
  logind: "ui-source-logind",
};
const sourceName = (name) => (name in SOURCE_WORDS ? t(SOURCE_WORDS[name]) : name);

/** "When you're away": the switch, the threshold, and what this desktop can tell. */
function drawAway(view) {
  const form = $("away-form");
  form.wait_when_away.checked = view.wait_when_away;
  form.away_after.value = Math.round(view.away_after_secs / 60);
  $("away-presence").textContent = view.presence_sources.length
    ? t("ui-presence-from", { sources: view.presence_sources.map(sourceName).join(", "), now: t(PRESENCE_WORDS[view.presence]) })
    : t("ui-presence-none");
}

/** The tray's name for the X11 full-screen source (the others are products' names). */
const FULL_SCREEN = "X11 full screen";
const BUSY_SWITCHES = ["busy_calendar", "busy_do_not_disturb", "busy_full_screen"];
const BUSY_WORDS = { meeting: "ui-busy-meeting", do_not_disturb: "ui-busy-dnd-on", full_screen: "ui-busy-full-screen-on" };

/** "When you're busy": the three switches, what this desktop tells, and now. */
function drawBusy(view) {
  const form = $("busy-form");
  for (const name of BUSY_SWITCHES) form[name].checked = view[name];
  const sources = view.busy_sources;
  let told;
  if (!view.tray_running) told = t("ui-busy-no-tray");
  else if (sources.length === 0) told = t("ui-busy-no-source");
  else told = t("ui-busy-from", { sources: sources.map((n) => (n === FULL_SCREEN ? t("ui-source-full-screen") : n)).join(", ") });
  // GNOME and Plasma on Wayland keep whether a window is full screen to themselves.
  if (view.tray_running && !sources.includes(FULL_SCREEN)) told += ` ${t("ui-busy-no-full-screen")}`;
  $("busy-sources").textContent = told;
  const reasons = view.busy.reasons.map((r) => t(BUSY_WORDS[r])).join(", ");
  let now = view.busy.now
    ? view.busy_until
      ? t("ui-busy-until", { time: view.busy_until, reasons })
      : t("ui-busy-now", { reasons })
    : t("ui-busy-free");
  if (view.next_meeting && !view.busy.now) now += ` ${t("ui-busy-next", view.next_meeting)}`;
  $("busy-now").textContent = now;
  drawCalendars(view);
}

function calendarRow(calendar) {
  const li = document.createElement("li");
  li.dataset.path = calendar.path;
  const words = calendar.problem_text
    ? t("ui-calendar-problem", { problem: calendar.problem_text })
    : t("ui-calendar-events", { events: calendar.events });
  const path = document.createElement("code");
  path.textContent = calendar.path;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary";
  button.textContent = t("ui-calendar-remove");
  button.setAttribute("aria-label", t("ui-calendar-remove-label", { path: calendar.path }));
  button.addEventListener("click", () =>
    run("calendar", async () => {
      drawBusy(await removeCalendar(calendar.path));
      return t("ui-calendar-removed", { path: calendar.path });
    }),
  );
  if (calendar.problem_text) li.classList.add("problem");
  li.append(path, ` · ${words} `, button);
  return li;
}

function drawCalendars(view) {
  const rows = view.calendars.map(calendarRow);
  if (rows.length === 0) {
    // A list holds only items, even the one that says it is empty.
    const none = document.createElement("li");
    none.className = "muted";
    none.textContent = t("ui-calendars-none");
    rows.push(none);
  }
  $("calendar-list").replaceChildren(...rows);
}

const MOMENTS = { arrival: "ui-moment-arrival", lunch: "ui-moment-lunch", leaving: "ui-moment-leaving" };

/** "Your day, as Aloud learns it": the switch and each moment learned so far. */
function drawRhythm(view) {
  const form = $("rhythm-form");
  form.learn_rhythm.checked = view.learn_rhythm;
  const lines = Object.entries(MOMENTS).map(([id, key]) => {
    const moment = view.rhythm[id];
    const line = document.createElement("li");
    line.dataset.moment = id;
    line.textContent = moment.typical
      ? t("ui-rhythm-learned", { moment: t(key), time: moment.typical, days: moment.days })
      : t("ui-rhythm-learning", { moment: t(key), days: moment.days, needed: limit("days_to_learn") });
    return line;
  });
  $("rhythm-moments").replaceChildren(...lines);
}

async function drawVacation() {
  const status = await getStatus();
  const until = status.paused_until;
  $("vacation-state").textContent = until
    ? t("ui-paused-until-sentence", { date: dateText(until), time: until.slice(11, 16) })
    : t("ui-reminders-on");
  $("vacation-resume").hidden = !until;
}

function backupRow(backup) {
  const when = backup.taken_at ? t("ui-utc-time", { date: dateText(backup.taken_at), time: backup.taken_at.slice(11, 16) }) : backup.name;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary";
  button.textContent = t("ui-restore");
  button.setAttribute("aria-label", t("ui-restore-backup-label", { when }));
  button.addEventListener("click", () =>
    run("restore", async () => {
      await restoreBackup(backup.name);
      await drawBackups();
      return t("ui-backup-restored", { when });
    }),
  );
  const li = document.createElement("li");
  li.dataset.backup = backup.name;
  li.append(`${when} · ${t("ui-kilobytes", { size: Math.ceil(backup.bytes / 1024) })} `, button);
  return li;
}

async function drawBackups() {
  const backups = await listBackups();
  $("backup-list").replaceChildren(...backups.map(backupRow));
  if (backups.length === 0) $("backup-list").textContent = t("ui-no-backup-yet");
}

export async function showSettings() {
  await showHabits();
  const view = await getSettings();
  const form = $("timing-form");
  form.snooze.value = view.typed.snooze;
  form.catch_up_window.value = view.typed.catch_up_window;
  form.retake_every.value = view.typed.retake_every;
  $("start-at-login").checked = view.start_at_login;
  drawAway(view);
  drawBusy(view);
  drawRhythm(view);
  $("language-form").language.value = view.language ?? "auto";
  drawPaths(view);
  await showNetwork();
  await drawVacation();
  await drawBackups();
}

function setUp() {
  $("timing-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("timing", async () => {
      await setSetting("snooze", form.snooze.value.trim());
      await setSetting("catch_up_window", form.catch_up_window.value.trim());
      const view = await setSetting("retake_every", form.retake_every.value.trim());
      form.snooze.value = view.typed.snooze;
      form.catch_up_window.value = view.typed.catch_up_window;
      form.retake_every.value = view.typed.retake_every;
      return t("ui-saved");
    });
  });
  $("away-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("away", async () => {
      const minutes = form.away_after.value.trim();
      if (!/^\d+$/.test(minutes)) throw new Error(t("ui-minutes-1-60"));
      await setSetting("away_after", `${minutes}m`);
      const view = await setSetting("wait_when_away", form.wait_when_away.checked ? "on" : "off");
      drawAway(view);
      return t("ui-saved");
    });
  });
  $("busy-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("busy", async () => {
      let view;
      for (const name of BUSY_SWITCHES) view = await setSetting(name, form[name].checked ? "on" : "off");
      drawBusy(view);
      return t("ui-saved");
    });
  });
  $("calendar-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("calendar", async () => {
      const path = form.path.value.trim();
      drawBusy(await addCalendar(path));
      form.path.value = "";
      return t("ui-calendar-added", { path });
    });
  });
  $("rhythm-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run("rhythm", async () => {
      drawRhythm(await setSetting("learn_rhythm", event.target.learn_rhythm.checked ? "on" : "off"));
      return t("ui-saved");
    });
  });
  $("rhythm-forget").addEventListener("click", () =>
    run("rhythm", async () => {
      drawRhythm(await forgetRhythm());
      return t("ui-rhythm-forgotten");
    }),
  );
  // The page is drawn again in the chosen language, back on Settings; the tray
  // follows by itself.
  $("language-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run("language", async () => {
      await setSetting("language", event.target.language.value);
      location.hash = "settings";
      location.reload();
      return "";
    });
  });
  $("vacation-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run("vacation", async () => {
      await pauseReminders(event.target.until.value.trim());
      await drawVacation();
      return t("ui-paused-enjoy");
    });
  });
  $("vacation-resume").addEventListener("click", () =>
    run("vacation", async () => {
      await resumeReminders();
      await drawVacation();
      return t("ui-reminders-back-on");
    }),
  );
  $("start-at-login").addEventListener("change", (event) =>
    run("login", async () => {
      const view = await setStartAtLogin(event.target.checked);
      event.target.checked = view.start_at_login;
      return t(view.start_at_login ? "ui-will-start-at-login" : "ui-will-not-start-at-login");
    }),
  );
  for (const button of document.querySelectorAll("[data-export]")) {
    button.addEventListener("click", () =>
      run("export", async () => {
        const path = await exportData(button.dataset.export);
        $("export-path").textContent = path;
        drawPaths(await getSettings());
        return t("ui-exported-to");
      }),
    );
  }
  $("import-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const path = event.target.path.value.trim() || event.target.path.placeholder;
    run("import", async () => {
      const s = await importData(path);
      return t("ui-imported", { habits: s.habits, entries: s.entries, skips: s.skips, checks: s.benefit_checks });
    });
  });
}

setUp();
