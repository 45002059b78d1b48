// The Today panel: one card per habit scheduled today, written as a recipe.
import { cancelCheckin, finishCheckin, getPeople, getStatus, logHabit, pauseReminders, resumeReminders, skipHabit, startCheckin, undoHabit } from "./ipc.js";
import { t } from "./i18n.js";
import { dateText } from "./dates.js";
import { namesField } from "./names-field.js";
import { parseMinutes, stateWord } from "./recipe.js";

const $ = (id) => document.getElementById(id);

function timeOf(iso) {
  return iso.slice(11, 16);
}

function showError(element, error) {
  element.textContent = error ? error.message ?? String(error) : "";
  element.hidden = !error;
}

function celebrate(name) {
  const line = $("celebration");
  line.textContent = t("ui-celebrate", { habit: name });
  line.classList.remove("pop");
  // Restart the (reduced-motion-aware) animation.
  void line.offsetWidth;
  line.classList.add("pop");
}

/** The check-in part of a card: Start, or the running check-in with Finish and Cancel. */
function drawCheckin(node, habit, running, act) {
  const mine = running && running.habit === habit.id;
  const closed = habit.state === "done" || habit.state === "skipped";
  const state = node.querySelector(".checkin-state");
  const start = node.querySelector(".start");
  const finish = node.querySelector(".finish");
  const cancel = node.querySelector(".cancel");
  state.hidden = !mine;
  if (mine) {
    state.textContent = t(running.wrap_up_due ? "ui-checkin-wrap-up" : "ui-checkin-running", { minutes: running.minutes });
  }
  start.hidden = mine || closed;
  start.disabled = Boolean(running);
  if (running && !mine) start.title = t("ui-another-running");
  finish.hidden = !mine;
  cancel.hidden = !mine;
  start.addEventListener("click", () => act(() => startCheckin(habit.id)));
  finish.addEventListener("click", () => act(() => finishCheckin(), () => celebrate(habit.name)));
  cancel.addEventListener("click", () => act(() => cancelCheckin()));
}

const QUIETER = { quiet: "ui-prompts-quiet", off: "ui-prompts-off" };

function card(habit, refresh, running, known) {
  const node = $("habit-card").content.firstElementChild.cloneNode(true);
  node.dataset.habit = habit.id;
  node.dataset.state = habit.state;
  node.querySelector(".habit-name").textContent = habit.name;
  node.querySelector(".badge").textContent = stateWord(habit.state);
  // When it comes today: its own time, or what an anchor planned, said with why.
  node.querySelector(".time").textContent = habit.at || habit.time;
  const why = node.querySelector(".why");
  why.hidden = !habit.why_text;
  why.textContent = habit.why_text ?? "";
  node.querySelector(".recipe").textContent = habit.recipe; // in the person's language, from the core
  // Quiet or silenced prompts: said on the card, since no pop-up says it.
  const prompts = node.querySelector(".prompts");
  prompts.hidden = habit.prompts === "full";
  prompts.textContent = habit.prompts === "full" ? "" : t(habit.due && habit.prompts === "quiet" ? "ui-due-now-quiet" : QUIETER[habit.prompts]);
  const starter = node.querySelector(".starter");
  starter.hidden = !habit.starter;
  starter.textContent = habit.starter ? t("ui-starter-is", { starter: habit.starter }) : "";
  const idea = node.querySelector(".idea");
  idea.hidden = !habit.idea;
  idea.textContent = habit.idea ? t("ui-an-idea", { idea: habit.idea }) : "";
  const form = node.querySelector(".log-form");
  const fieldError = node.querySelector(".field-error");
  const done = habit.state === "done";
  const closed = done || habit.state === "skipped";
  if (done && habit.note) form.note.value = habit.note;
  if (done && habit.minutes) form.minutes.value = habit.minutes;
  if (done && habit.need) form.need.value = habit.need;
  const withField = namesField(form.querySelector(".with-field"), {
    id: habit.id,
    question: habit.with_question,
    known,
    initial: done ? habit.with : [],
  });
  form.querySelector(".log").textContent = t(done ? "ui-update" : "ui-log");
  form.querySelector(".skip").hidden = closed;
  form.querySelector(".undo").hidden = !closed;
  for (const control of form.querySelectorAll("input, select, button")) {
    control.setAttribute("aria-describedby", `${habit.id}-name`);
  }
  node.querySelector(".habit-name").id = `${habit.id}-name`;

  const act = async (work, after) => {
    showError(fieldError, null);
    try {
      await work();
      if (after) after();
      await refresh();
    } catch (error) {
      showError(fieldError, error);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const minutes = parseMinutes(form.minutes.value);
    if (!minutes.ok) {
      showError(fieldError, minutes);
      return;
    }
    act(
      () =>
        logHabit(habit.id, {
          note: form.note.value,
          minutes: minutes.value,
          need: form.need.value || null,
          withNames: withField.names(),
        }),
      () => celebrate(habit.name),
    );
  });
  drawCheckin(node, habit, running, act);
  form.querySelector(".skip").addEventListener("click", () => act(() => skipHabit(habit.id)));
  form.querySelector(".undo").addEventListener("click", () => act(() => undoHabit(habit.id)));
  return node;
}

let shown = "";
let drawing = 0;
let listening = false;
// While a check-in runs its minutes go up: Today redraws every 20 s then, and only then.
let ticking = null;

/** The header's "Today: 1 of 3 done", whichever panel is shown. */
export function drawProgress(status) {
  $("progress").textContent = t("ui-progress", { done: status.done, scheduled: status.scheduled });
}

export async function showToday() {
  shown = "";
  const refresh = async () => {
    let status;
    try {
      status = await getStatus();
      showError($("today-error"), null);
    } catch (error) {
      showError($("today-error"), error);
      return;
    }
    drawProgress(status);
    const next = status.next_reminder;
    const paused = status.paused_until;
    const habit = next && (status.habits.find((h) => h.id === next.habit)?.name ?? next.habit);
    $("next-reminder").textContent = paused
      ? t("ui-paused-until", { date: dateText(paused), time: timeOf(paused) })
      : next
        ? t(next.date === status.date ? "ui-next-reminder" : "ui-next-reminder-later", { habit, time: timeOf(next.at), date: dateText(next.date) })
        : t("ui-no-reminder");
    const toggle = $("pause-toggle");
    toggle.hidden = false;
    toggle.textContent = t(paused ? "ui-resume" : "ui-pause-tomorrow");
    toggle.onclick = async () => {
      try {
        await (paused ? resumeReminders() : pauseReminders());
        await refresh();
      } catch (error) {
        showError($("today-error"), error);
      }
    };
    // Redraw only when something changed, so a refresh on focus never wipes a note
    // being typed.
    const drawn = JSON.stringify(status);
    if (drawn === shown) return;
    shown = drawn;
    const turn = ++drawing;
    // The names used before, for the "With" fields' completion.
    const known = await getPeople().then(
      (people) => people.map((p) => p.name),
      () => [],
    );
    // A newer refresh started meanwhile: it draws, so an older status never wins.
    if (turn !== drawing) return;
    const scheduled = status.habits.filter((h) => h.state !== "not_scheduled");
    $("habits").replaceChildren(...scheduled.map((h) => card(h, refresh, status.checkin, known)));
    $("today-empty").hidden = scheduled.length > 0;
    if (status.checkin && !ticking) {
      ticking = setInterval(() => !$("today").hidden && refresh(), 20000);
    } else if (!status.checkin && ticking) {
      clearInterval(ticking);
      ticking = null;
    }
  };
  await refresh();
  // Changes made elsewhere (tray, CLI, notifications) show when the window regains focus.
  if (!listening) {
    window.addEventListener("focus", () => !$("today").hidden && refresh());
    listening = true;
  }
}
