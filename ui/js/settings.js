// The Settings panel: edit each habit's name, trigger, prompt, time, days, on/off.
import { getHabits, setHabit } from "./ipc.js";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function field(label, name, value, attrs = {}) {
  const wrap = document.createElement("label");
  wrap.textContent = label;
  const input = document.createElement("input");
  Object.assign(input, { name, value, type: "text", autocomplete: "off" }, attrs);
  wrap.append(input);
  return wrap;
}

function form(habit) {
  const node = document.createElement("form");
  node.className = "card habit-form";
  node.dataset.habit = habit.id;
  const title = document.createElement("h4");
  title.textContent = habit.name;
  const days = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "Days";
  days.append(legend);
  for (const day of DAYS) {
    const label = document.createElement("label");
    label.className = "day-choice";
    const box = document.createElement("input");
    Object.assign(box, { type: "checkbox", name: "day", value: day, checked: habit.days.includes(day) });
    label.append(box, day.charAt(0).toUpperCase() + day.slice(1));
    days.append(label);
  }
  const enabled = document.createElement("label");
  enabled.className = "day-choice";
  const on = document.createElement("input");
  Object.assign(on, { type: "checkbox", name: "enabled", checked: habit.enabled });
  enabled.append(on, "Remind me");
  const error = document.createElement("p");
  error.className = "field-error error";
  error.setAttribute("role", "alert");
  error.hidden = true;
  const saved = document.createElement("p");
  saved.className = "saved muted";
  saved.setAttribute("role", "status");
  const save = document.createElement("button");
  save.type = "submit";
  save.textContent = "Save";
  node.append(
    title,
    field("Name", "name", habit.name, { maxLength: 60 }),
    field("Trigger (after…)", "trigger", habit.trigger, { maxLength: 80 }),
    field("What to do", "prompt", habit.prompt, { maxLength: 300 }),
    field("Time (HH:MM)", "time", habit.time, { size: 8 }),
    days,
    enabled,
    error,
    save,
    saved,
  );
  node.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = [...node.querySelectorAll("input[name=day]:checked")].map((b) => b.value);
    error.hidden = true;
    saved.textContent = "";
    try {
      const change = await setHabit(habit.id, {
        name: node.name.value,
        trigger: node.trigger.value,
        prompt: node.prompt.value,
        time: node.time.value.trim(),
        days: chosen.join(","),
        enabled: on.checked,
      });
      title.textContent = change.habit.name;
      saved.textContent = "Saved.";
    } catch (e) {
      error.textContent = e.message ?? String(e);
      error.hidden = false;
    }
  });
  return node;
}

export async function showSettings() {
  const list = document.getElementById("habit-forms");
  const habits = await getHabits();
  list.replaceChildren(...habits.filter((h) => !h.archived).map(form));
}
