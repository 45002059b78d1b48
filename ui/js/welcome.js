// The first run's welcome: what Aloud is for, the three habits' times, moments and
// days to confirm or change, start at login, and the baseline self-assessment.
import { getHabits, getStatus, setHabit, setStartAtLogin } from "./ipc.js";
import { anchorChoice, dayChoices, leadOf } from "./habit-forms.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

function row(habit, today) {
  const card = document.createElement("fieldset");
  card.className = "card habit-form welcome-habit";
  card.dataset.habit = habit.id;
  const legend = document.createElement("legend");
  legend.textContent = habit.name;
  legend.translate = false;
  const text = document.createElement("p");
  text.textContent = today ? today.recipe : habit.prompt;
  const time = document.createElement("label");
  time.className = "short";
  time.append(t("ui-time-hh-mm"), Object.assign(document.createElement("input"), { name: "time", value: habit.time, type: "text", size: 8, autocomplete: "off" }));
  const latest = document.createElement("label");
  latest.className = "short";
  latest.append(
    t("ui-until-latest-optional"),
    Object.assign(document.createElement("input"), { name: "latest", value: habit.latest ?? "", type: "text", size: 8, autocomplete: "off" }),
  );
  // The anchored forms: when I first sit down, before I leave for lunch or for
  // the day, learned from the person's own day.
  card.append(legend, text, time, latest, ...anchorChoice(habit), dayChoices(habit.days));
  return card;
}

export async function showWelcome() {
  const [habits, status] = await Promise.all([getHabits(), getStatus()]);
  const active = habits.filter((h) => !h.archived);
  $("welcome-habits").replaceChildren(...active.map((h) => row(h, status.habits.find((t) => t.id === h.id))));
}

function setUp() {
  const form = $("welcome-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("welcome-error");
    error.hidden = true;
    try {
      for (const card of form.querySelectorAll(".welcome-habit")) {
        const days = [...card.querySelectorAll("input[name=day]:checked")].map((b) => b.value).join(",");
        await setHabit(card.dataset.habit, {
          time: card.querySelector("[name=time]").value.trim(),
          latest: card.querySelector("[name=latest]").value.trim(),
          days,
          anchor: card.querySelector("[name=anchor]").value,
          lead: leadOf(card),
        });
      }
      if ($("welcome-login").checked) await setStartAtLogin(true);
      location.hash = `#${event.submitter?.dataset.then ?? "today"}`;
    } catch (e) {
      error.textContent = e.message ?? String(e);
      error.hidden = false;
    }
  });
}

setUp();
