// The History panel: per habit, streaks and strength, a 26-week heatmap, a trend;
// and a search through the notes.
import { getHistory, searchNotes } from "./ipc.js";
import { svg } from "./svg.js";
import { CELL, layout, STATUS_LABELS, trendPoints } from "./heatmap.js";
import { t } from "./i18n.js";
import { dateText } from "./dates.js";

/** A square per day; status is shown by shape as well as colour. */
function square({ x, y, date, status }) {
  const g = svg("g", { class: `day ${status}`, transform: `translate(${x} ${y})` });
  const title = svg("title");
  title.textContent = `${date}: ${status in STATUS_LABELS ? t(STATUS_LABELS[status]) : status}`;
  g.append(title, svg("rect", { width: CELL, height: CELL, rx: 3 }));
  const mid = CELL / 2;
  if (status === "missed") {
    g.append(svg("path", { d: `M4 4L${CELL - 4} ${CELL - 4}M${CELL - 4} 4L4 ${CELL - 4}`, class: "mark" }));
  } else if (status === "skipped" || status === "paused") {
    g.append(svg("path", { d: status === "skipped" ? `M3 ${CELL - 3}L${CELL - 3} 3` : `M3 ${mid}H${CELL - 3}`, class: "mark" }));
  } else if (status === "extra") {
    g.append(svg("circle", { cx: mid, cy: mid, r: 2.5, class: "dot" }));
  }
  return g;
}

function heatmap(habit) {
  const { width, height, squares } = layout(habit.cells);
  const map = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "heatmap" });
  map.setAttribute("aria-label", t("ui-heatmap-label", { habit: habit.name }));
  map.append(...squares.map(square));
  return map;
}

function trend(habit) {
  const values = habit.strength_trend.map(([, v]) => v);
  const chart = svg("svg", { width: 240, height: 48, viewBox: "0 0 240 48", role: "img", class: "trend" });
  chart.setAttribute("aria-label", t("ui-trend-label", { strength: habit.strength }));
  chart.append(svg("polyline", { points: trendPoints(values, 240, 44), transform: "translate(0 2)" }));
  return chart;
}

function stat(key, label, value) {
  const wrap = document.createElement("div");
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  dd.dataset.stat = key;
  dd.textContent = value;
  wrap.append(dt, dd);
  return wrap;
}

const BAND_WORDS = { below: "ui-band-below", within: "ui-band-within", above: "ui-band-above" };

/** "8 min per check-in, within the 5–15 band (4 weeks, 9 check-ins)". */
function bandText(band) {
  if (!band) return t("ui-band-none");
  const count = t("ui-count-checkins", { count: band.checkins });
  return t("ui-band", { minutes: band.average, place: t(BAND_WORDS[band.place]), count });
}

function section(habit) {
  const node = document.createElement("article");
  node.className = "card history";
  node.dataset.habit = habit.habit;
  const title = document.createElement("h3");
  title.textContent = habit.name;
  title.translate = false;
  const facts = document.createElement("dl");
  facts.className = "facts";
  const week = habit.weeks.at(-1);
  facts.append(
    stat("current_streak", t("ui-current-streak"), habit.current_streak),
    stat("best_streak", t("ui-best-streak"), habit.best_streak),
    stat("strength", t("ui-strength"), t("ui-percent", { value: habit.strength })),
    stat("done", t("ui-days-done"), habit.done),
    stat("minutes", t("ui-minutes"), habit.minutes),
    stat("this_week", t("ui-this-week"), week ? t("ui-n-of-m", { done: week.done, due: week.due }) : "—"),
    stat("band", t("ui-check-in-length"), bandText(habit.band)),
  );
  const legend = document.createElement("p");
  legend.className = "legend muted";
  legend.textContent = t("ui-heatmap-legend");
  node.append(title, facts, heatmap(habit), legend, trend(habit));
  return node;
}

function noteRow(row) {
  const li = document.createElement("li");
  const when = document.createElement("span");
  when.className = "muted";
  when.textContent = `${dateText(row.date)} · ${row.habit}`;
  when.translate = false;
  const text = document.createElement("span");
  text.className = "note-text";
  text.textContent = row.note;
  text.translate = false;
  li.append(when, text);
  return li;
}

async function showNotes() {
  const query = document.getElementById("note-search").value;
  const count = document.getElementById("note-count");
  try {
    const rows = await searchNotes(query);
    document.getElementById("note-list").replaceChildren(...rows.map(noteRow));
    count.textContent =
      rows.length === 0 ? t(query.trim() ? "ui-no-note-matches" : "ui-no-notes-yet") : t("ui-count-notes", { count: rows.length });
  } catch (e) {
    count.textContent = e.message ?? String(e);
  }
}

let typing;
document.getElementById("note-search").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(showNotes, 150);
});

export async function showHistory() {
  showNotes();
  const list = document.getElementById("history-list");
  const error = document.getElementById("history-error");
  try {
    const habits = await getHistory();
    list.replaceChildren(...habits.map(section));
    error.hidden = true;
  } catch (e) {
    error.textContent = e.message ?? String(e);
    error.hidden = false;
  }
}
