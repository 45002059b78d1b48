// Settings → Habits: edit each habit (name, trigger, prompt, time, latest time,
// days, on/off, the link its check-ins open, its ideas for what to post), archive
// it, or add one of your own.
import { addHabit, getHabits, getIdeas, getLinks, setHabit, setIdeas } from "./ipc.js";
import { el } from "./dom.js";
import { t } from "./i18n.js";
import { limit, maxLength } from "./page.js";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_WORDS = {
  mon: "ui-day-mon",
  tue: "ui-day-tue",
  wed: "ui-day-wed",
  thu: "ui-day-thu",
  fri: "ui-day-fri",
  sat: "ui-day-sat",
  sun: "ui-day-sun",
};

function field(label, name, value, attrs = {}) {
  return el("label", { className: attrs.size ? "short" : "" }, [label, el("input", { name, value, type: "text", autocomplete: "off", ...attrs })]);
}

export function dayChoices(chosen) {
  const boxes = DAYS.map((day) =>
    el("label", { className: "day-choice" }, [
      el("input", { type: "checkbox", name: "day", value: day, checked: chosen.includes(day) }),
      t(DAY_WORDS[day]),
    ]),
  );
  return el("fieldset", {}, [el("legend", { textContent: t("ui-days") }), ...boxes]);
}

function messages() {
  const error = el("p", { className: "field-error error", hidden: true });
  error.setAttribute("role", "alert");
  const saved = el("p", { className: "saved muted" });
  saved.setAttribute("role", "status");
  return { error, saved };
}

/** Runs `work`, showing its error inline or `done` on success. */
async function attempt(error, saved, work, done) {
  error.hidden = true;
  saved.textContent = "";
  try {
    await work();
    saved.textContent = done;
  } catch (e) {
    error.textContent = e.message ?? String(e);
    error.hidden = false;
  }
}

const chosenDays = (form) => [...form.querySelectorAll("input[name=day]:checked")].map((b) => b.value).join(",");

/** The link a habit's check-ins open: one of the links, or the default. */
function linkChoice(habit, links) {
  const options = [el("option", { value: "", textContent: t("ui-the-default-link") })];
  for (const link of links) {
    options.push(el("option", { value: link.name, textContent: link.name, selected: link.name === habit.link, translate: false }));
  }
  return el("label", {}, [t("ui-check-ins-open"), el("select", { name: "link" }, options)]);
}

const STAGES = { full: "ui-prompts-full", quiet: "ui-prompts-quiet", off: "ui-prompts-off" };

/** How loudly the habit is prompted: full, quiet (no pop-up) or off. */
function stageChoice(habit) {
  const chosen = habit.prompts ?? "full";
  const options = Object.entries(STAGES).map(([value, key]) => el("option", { value, textContent: t(key), selected: value === chosen }));
  return el("label", {}, [t("ui-reminders"), el("select", { name: "prompts" }, options)]);
}

/** The lead typed in `root`, when it is shown (for lunch and leaving); the core
 * refuses one out of range, or not whole, with its message. */
export function leadOf(root) {
  const lead = root.querySelector("[name=lead]");
  return lead.closest("label").hidden || lead.value.trim() === "" ? null : Number(lead.value);
}

/** What the reminder is tied to (the core's choices), and the lead before a
 * learned moment, shown for the anchors that take one. */
export function anchorChoice(habit) {
  const chosen = habit.anchor ?? "time";
  const options = (limit("anchors") ?? []).map((a) => el("option", { value: a.id, textContent: a.label, selected: a.id === chosen }));
  const select = el("select", { name: "anchor" }, options);
  const [min, max] = limit("lead_minutes") ?? [0, 0];
  const lead = el("input", { name: "lead", type: "number", step: 1, min, max, size: 4, value: String(habit.lead_minutes ?? limit("lead_default")) });
  const leadLabel = el("label", { className: "short" }, [t("ui-lead-minutes", { min, max }), lead]);
  const showLead = () => {
    leadLabel.hidden = !(limit("anchors_with_lead") ?? []).includes(select.value);
  };
  select.addEventListener("change", showLead);
  showLead();
  return [el("label", {}, [t("ui-reminder-comes"), select]), leadLabel];
}

function editForm(habit, redraw, links, ideas) {
  // The core checks every field and says what is wrong (a lead out of range too).
  const node = el("form", { className: "card habit-form", noValidate: true });
  node.dataset.habit = habit.id;
  node.setAttribute("aria-label", t("ui-habit-label", { habit: habit.name }));
  const title = el("h4", { textContent: habit.name, translate: false });
  const on = el("input", { type: "checkbox", name: "enabled", checked: habit.enabled });
  const { error, saved } = messages();
  const archive = el("button", { type: "button", className: "secondary archive", textContent: t("ui-archive") });
  archive.setAttribute("aria-label", t("ui-archive-habit", { habit: habit.name }));
  node.append(
    title,
    field(t("ui-name"), "name", habit.name, maxLength("habit_name")),
    field(t("ui-trigger-after"), "trigger", habit.trigger, maxLength("trigger")),
    field(t("ui-what-to-do"), "prompt", habit.prompt, maxLength("prompt")),
    field(t("ui-time-hh-mm"), "time", habit.time, { size: 8 }),
    field(t("ui-until-latest-or-late-window"), "latest", habit.latest ?? "", { size: 8 }),
    ...anchorChoice(habit),
    dayChoices(habit.days),
    el("label", { className: "day-choice" }, [on, t("ui-remind-me")]),
    stageChoice(habit),
    field(t("ui-starter-step"), "starter", habit.starter ?? "", maxLength("starter")),
    linkChoice(habit, links),
    el("label", {}, [t("ui-ideas-one-per-line"), el("textarea", { name: "ideas", rows: 4, value: ideas.join("\n") })]),
    error,
    el("div", { className: "actions" }, [el("button", { type: "submit", textContent: t("ui-save") }), archive]),
    saved,
  );
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    attempt(error, saved, async () => {
      const change = await setHabit(habit.id, {
        name: node.name.value,
        trigger: node.trigger.value,
        prompt: node.prompt.value,
        time: node.time.value.trim(),
        latest: node.latest.value.trim(),
        days: chosenDays(node),
        enabled: on.checked,
        link: node.link.value,
        // Sent only when changed: choosing a stage starts its count afresh.
        prompts: node.prompts.value === (habit.prompts ?? "full") ? null : node.prompts.value,
        starter: node.starter.value.trim() === (habit.starter ?? "") ? null : node.starter.value,
        anchor: node.anchor.value,
        lead: leadOf(node),
      });
      habit = change.habit;
      title.textContent = change.habit.name;
      // Only an edited list is stored: the defaults stay the app's own until then.
      if (node.ideas.value !== ideas.join("\n")) {
        ideas = await setIdeas(habit.id, node.ideas.value.split("\n"));
        node.ideas.value = ideas.join("\n");
      }
    }, t("ui-saved"));
  });
  archive.addEventListener("click", () =>
    attempt(error, saved, async () => {
      await setHabit(habit.id, { archived: true });
      await redraw(t("ui-habit-archived", { habit: habit.name }));
    }, ""),
  );
  return node;
}

function archivedRow(habit, redraw) {
  const restore = el("button", { type: "button", className: "secondary", textContent: t("ui-restore") });
  restore.setAttribute("aria-label", t("ui-restore-habit", { habit: habit.name }));
  restore.addEventListener("click", async () => {
    await setHabit(habit.id, { archived: false });
    await redraw(t("ui-habit-restored", { habit: habit.name }));
  });
  const row = el("li", {}, [el("span", { textContent: habit.name, translate: false }), " ", restore]);
  row.dataset.habit = habit.id;
  return row;
}

/** The add form's days, drawn once the page has its words. */
function drawAddDays() {
  const days = document.querySelector("#add-habit .days");
  if (!days.dataset.drawn) {
    const choices = Object.assign(dayChoices(["mon", "tue", "wed", "thu", "fri"]), { className: "days" });
    choices.dataset.drawn = "yes";
    days.replaceWith(choices);
  }
}

function setUpAddForm(redraw) {
  const form = document.getElementById("add-habit");
  const error = form.querySelector(".field-error");
  const saved = form.querySelector(".saved");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    attempt(error, saved, async () => {
      const change = await addHabit({
        name: form.name.value,
        trigger: form.trigger.value,
        time: form.time.value.trim(),
        days: chosenDays(form),
        prompt: form.prompt.value,
      });
      form.reset();
      await redraw(t("ui-habit-added", { habit: change.habit.name }));
    }, "");
  });
}

async function redraw(announce) {
  drawAddDays();
  const [habits, links] = await Promise.all([getHabits(), getLinks()]);
  const shown = habits.filter((h) => !h.archived);
  const ideas = await Promise.all(shown.map((h) => getIdeas(h.id)));
  document.getElementById("habit-forms").replaceChildren(...shown.map((h, i) => editForm(h, redraw, links, ideas[i])));
  const archived = habits.filter((h) => h.archived);
  document.getElementById("archived-habits").replaceChildren(...archived.map((h) => archivedRow(h, redraw)));
  document.getElementById("archived-section").hidden = archived.length === 0;
  if (announce !== undefined) document.getElementById("habits-status").textContent = announce;
}

export const showHabits = () => redraw();

setUpAddForm(redraw);
