// The Mindsets panel: the twenty-statement self-assessment (resumable), results as a
// radar of latest vs first attempt, trends beside habit strength, and guidance.
import { getMindsets, recordAssessment, saveAssessmentDraft } from "./ipc.js";
import { radarLayout, SHORT_NAMES, trendLayout } from "./mindset-charts.js";
import { svg, titled } from "./svg.js";
import { el } from "./dom.js";
import { t } from "./i18n.js";
import { dateText } from "./dates.js";

const shortName = (mindset) => t(SHORT_NAMES[mindset]);

const $ = (id) => document.getElementById(id);
let view = null;

function answers() {
  return view.statements.map((_, i) => Number($("questionnaire").querySelector(`input[name=q${i}]:checked`)?.value ?? 0));
}

function showProgress() {
  const given = answers().filter((a) => a > 0).length;
  $("q-progress").textContent = t("ui-answered", { given, total: view.statements.length });
}

function buildQuestionnaire() {
  const groups = [];
  let group = null;
  view.statements.forEach((statement, i) => {
    if (!group || group.dataset.mindset !== statement.mindset) {
      group = el("fieldset", { className: "mindset-group" }, [el("legend", { textContent: statement.title })]);
      group.dataset.mindset = statement.mindset;
      groups.push(group);
    }
    const choices = view.scale.map((label, n) =>
      el("label", { className: "choice" }, [el("input", { type: "radio", name: `q${i}`, value: String(n + 1) }), el("span", { textContent: `${n + 1} · ${label}` })]),
    );
    const item = el("fieldset", { className: "statement" }, [el("legend", { textContent: `${i + 1}. ${view.stem} ${statement.text}` }), ...choices]);
    item.dataset.index = String(i);
    group.append(item);
  });
  $("q-groups").replaceChildren(...groups);
  $("q-stem").textContent = t("ui-stem-help", { stem: view.stem });
}

function fillAnswers(values) {
  values.forEach((v, i) => {
    for (const radio of $("questionnaire").querySelectorAll(`input[name=q${i}]`)) radio.checked = Number(radio.value) === v;
  });
  showProgress();
}

function radar() {
  const [first, latest] = [view.attempts[0], view.attempts.at(-1)];
  const scores = (a) => a.scores.mindsets.map((m) => m.score);
  const series = view.attempts.length > 1 ? [scores(latest), scores(first)] : [scores(latest)];
  const { axes, rings, polygons } = radarLayout(series, 200, 150, 100);
  const chart = svg("svg", { id: "radar-chart", class: "radar", role: "img", viewBox: "-70 28 540 250" });
  const parts = latest.scores.mindsets.map((m) => `${m.title} ${m.score}`).join(", ");
  chart.setAttribute("aria-label", t("ui-radar-label", { scores: parts }));
  for (const ring of rings) chart.append(svg("polygon", { class: "ring", points: ring }));
  axes.forEach((a, i) => {
    const name = svg("text", { x: a.labelX, y: a.labelY + 4, "text-anchor": a.anchor, class: "axis" });
    name.textContent = shortName(latest.scores.mindsets[i].mindset);
    chart.append(svg("line", { class: "spoke", ...a }), name);
  });
  polygons.forEach((points, i) => {
    const which = i === 0 ? "latest" : "first";
    chart.append(titled(svg("polygon", { class: `scores ${which}`, points }), t(which === "latest" ? "ui-latest-attempt" : "ui-first-attempt")));
  });
  $("radar").replaceChildren(chart);
  $("radar-legend").textContent =
    view.attempts.length > 1
      ? t("ui-radar-legend", { latest: dateText(latest.taken_at), first: dateText(first.taken_at) })
      : t("ui-radar-legend-first", { date: dateText(latest.taken_at) });
}

function trends() {
  const [width, height] = [600, 140];
  const { mindsets, strength, dots } = trendLayout(view.attempts, view.strength, width, height);
  const chart = svg("svg", { class: "mindset-trends", role: "img", viewBox: `0 -6 ${width} ${height + 26}` });
  chart.setAttribute("aria-label", t("ui-trends-label"));
  chart.append(svg("polyline", { class: "strength", points: strength }));
  mindsets.forEach((m, i) => chart.append(titled(svg("polyline", { class: `mindset m${i}`, points: m.points }), shortName(m.mindset))));
  const dates = [...view.strength.map(([d]) => d), ...view.attempts.map((a) => a.taken_at.slice(0, 10))].sort();
  for (const [x, text, anchor] of [[0, dates[0], "start"], [width, dates.at(-1), "end"]]) {
    const label = svg("text", { x, y: height + 16, "text-anchor": anchor, class: "axis" });
    label.textContent = dateText(text);
    chart.append(label);
  }
  for (const d of dots) chart.append(titled(svg("circle", { class: "attempt", cx: d.x, cy: d.y, r: 3.5 }), t("ui-overall-on", { date: dateText(d.date), overall: d.overall })));
  $("mindset-trends").replaceChildren(chart);
  $("trend-keys").replaceChildren(
    ...view.attempts[0].scores.mindsets.map((m, i) => el("li", { className: `key m${i}`, textContent: shortName(m.mindset) })),
    el("li", { className: "key strength", textContent: t("ui-habit-strength") }),
  );
}

function guidance() {
  const blocks = view.weakest.map((g) => {
    const block = el("div", { className: "guidance" }, [
      el("h4", { textContent: `${g.title} — ${g.score}` }),
      el("ul", {}, [
        ...g.suggestions.map((s) => el("li", { textContent: s })),
        // From the person's own check-ins (Network), naming someone.
        ...(g.from_your_network ? [el("li", { className: "from-network", textContent: g.from_your_network })] : []),
      ]),
    ]);
    block.dataset.mindset = g.mindset;
    return block;
  });
  if (blocks.length === 0) blocks.push(el("p", { textContent: t("ui-all-same") }));
  $("weakest").replaceChildren(...blocks);
  $("changes").textContent = view.changes.length
    ? t("ui-since-last-time", { changes: view.changes.map((c) => `${c.title} ${c.from} → ${c.to}`).join("; ") })
    : "";
}

function history() {
  const rows = view.attempts.map((a) =>
    el("tr", {}, [dateText(a.taken_at), ...a.scores.mindsets.map((m) => m.score), a.scores.overall].map((v) => el("td", { textContent: String(v) }))),
  );
  $("attempt-rows").replaceChildren(...rows.reverse());
}

export async function showMindsets() {
  try {
    view = await getMindsets();
    if (!$("q-groups").childElementCount) buildQuestionnaire();
    fillAnswers(view.draft ?? view.statements.map(() => 0));
    const taken = view.attempts.length > 0;
    $("mindset-results").hidden = !taken;
    $("questionnaire-box").open = !taken || !!view.draft;
    $("questionnaire-title").textContent = t(taken ? "ui-take-again" : "ui-take-the-self-assessment");
    $("next-retake").textContent = t("ui-next-suggested", { date: dateText(view.next_retake) });
    if (taken) {
      radar();
      guidance();
      trends();
      history();
    }
  } catch (error) {
    showError(error);
  }
}

function showError(error) {
  $("q-error").textContent = error ? error.message ?? String(error) : "";
  $("q-error").hidden = !error;
}

let saving;
function setUp() {
  const form = $("questionnaire");
  form.addEventListener("change", () => {
    showProgress();
    clearTimeout(saving);
    saving = setTimeout(() => saveAssessmentDraft(answers()).catch(showError), 300);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const given = answers();
    const missing = given.findIndex((a) => a === 0);
    if (missing >= 0) {
      showError({ message: t("ui-statement-unanswered", { number: missing + 1 }) });
      form.querySelector(`input[name=q${missing}]`).focus();
      return;
    }
    clearTimeout(saving);
    try {
      await recordAssessment(given);
      showError(null);
      await showMindsets();
      $("mindsets-status").textContent = t("ui-results-above");
      $("radar-title").focus();
    } catch (error) {
      showError(error);
    }
  });
  $("q-clear").addEventListener("click", async () => {
    fillAnswers(view.statements.map(() => 0));
    await saveAssessmentDraft(answers()).catch(showError);
  });
}

setUp();
