// Review → "Has it become automatic?": each habit's weekly check (the four SRBAI
// statements, 1–7), its curve, the offer to step back, and the troubleshoot.
import { answerStepBack, getAutomaticity, recordCheck, troubleshoot } from "./ipc.js";
import { curveLayout } from "./automaticity-charts.js";
import { dateText } from "./dates.js";
import { el } from "./dom.js";
import { svg, titled } from "./svg.js";
import { t } from "./i18n.js";
import { maxLength } from "./page.js";

const STAGE_WORDS = { full: "ui-prompts-full", quiet: "ui-prompts-quiet", off: "ui-prompts-off" };
const stage = (name) => t(STAGE_WORDS[name]);
const one = (value) => value.toFixed(1);

function status() {
  const line = el("p", { className: "muted" });
  line.setAttribute("role", "status");
  const error = el("p", { className: "error", hidden: true });
  error.setAttribute("role", "alert");
  return { line, error };
}

/** Runs `work`, then draws the section again and says `done` (or the error). */
async function act(box, work, done) {
  const { line, error } = box;
  error.hidden = true;
  try {
    await work();
    await showAutomaticity(done);
  } catch (e) {
    error.textContent = e.message ?? String(e);
    error.hidden = false;
    line.textContent = "";
  }
}

/** One statement: seven radio buttons, 1 (strongly disagree) to 7 (strongly agree). */
function statement(view, text, index, answered) {
  const name = `srbai-${view.habit}-${index}`;
  const choices = [1, 2, 3, 4, 5, 6, 7].map((value) => {
    const radio = el("input", { type: "radio", name, value: String(value), checked: answered === value });
    return el("label", {}, [radio, ` ${value}`]);
  });
  return el("fieldset", { className: "srbai" }, [el("legend", { textContent: text }), ...choices]);
}

function checkForm(view, box) {
  const today = view.today ?? [];
  const form = el("form", { className: "srbai-form" });
  form.dataset.habit = view.habit;
  form.append(
    el("p", { className: "muted", textContent: t("ui-scale-hint") }),
    ...view.statements.map((text, i) => statement(view, text, i, today.length === 4 || i === 0 ? today[i] : undefined)),
    el("p", { className: "muted", textContent: t("ui-quick-form-hint") }),
    el("div", { className: "actions" }, [el("button", { type: "submit", textContent: t("ui-save-check") })]),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const answers = [0, 1, 2, 3].map((i) => form.querySelector(`input[name=srbai-${view.habit}-${i}]:checked`)?.value);
    const given = answers.filter(Boolean).map(Number);
    const quick = answers[0] && given.length === 1;
    if (given.length !== 4 && !quick) {
      box.error.textContent = t("ui-answer-all-or-first");
      box.error.hidden = false;
      return;
    }
    act(box, () => recordCheck(view.habit, given), t("ui-check-saved", { habit: view.name }));
  });
  return form;
}

function curve(view) {
  const [width, height, left, bottom] = [640, 150, 28, 34];
  const inner = { width: width - left - 8, height: height - bottom - 8 };
  const layout = curveLayout(view, inner.width, inner.height);
  const chart = svg("svg", { class: "habit-curve", role: "img", viewBox: `0 0 ${width} ${height}` });
  chart.setAttribute("aria-label", view.fit ? curveSummary(view) : view.fit_note ?? "");
  const plot = svg("g", { transform: `translate(${left} 8)` });
  const band = svg("rect", { class: "population", x: layout.band.x1, y: inner.height + 6, width: Math.max(layout.band.x2 - layout.band.x1, 1), height: 6 });
  plot.append(
    svg("line", { class: "baseline", x1: 0, y1: inner.height, x2: inner.width, y2: inner.height }),
    titled(band, t("ui-population-band")),
    svg("line", { class: "population-median", x1: layout.band.median, y1: inner.height + 3, x2: layout.band.median, y2: inner.height + 15 }),
    svg("line", { class: "today", x1: layout.today, y1: 0, x2: layout.today, y2: inner.height }),
  );
  if (layout.line) plot.append(svg("polyline", { class: "fit", points: layout.line }));
  if (layout.t95 !== null) plot.append(svg("line", { class: "t95", x1: layout.t95, y1: 0, x2: layout.t95, y2: inner.height }));
  for (const d of layout.dots) {
    plot.append(titled(svg("circle", { class: "check", cx: d.cx, cy: d.cy, r: 4 }), t("ui-check-point", { date: dateText(d.date), score: one(d.score) })));
  }
  const label = (x, y, text, anchor = "start") => {
    const node = svg("text", { x, y, "text-anchor": anchor, class: "axis" });
    node.textContent = text;
    return node;
  };
  chart.append(
    plot,
    label(left - 6, 14, "7", "end"),
    label(left - 6, inner.height + 8, "1", "end"),
    label(left, height - 2, t("ui-day-zero")),
    label(width - 8, height - 2, t("ui-day-n", { day: layout.span }), "end"),
  );
  return chart;
}

function curveSummary(view) {
  const fit = view.fit;
  return t("ui-curve-summary", {
    plateau: one(fit.plateau),
    percent: Math.round(fit.percent_of_plateau),
    date: dateText(fit.reaches_95_on),
    days: Math.round(fit.days_to_95),
  });
}

function offer(view, box) {
  const yes = el("button", { type: "button", className: "step-back", textContent: t("ui-step-back-yes") });
  const no = el("button", { type: "button", className: "secondary", textContent: t("ui-not-now") });
  yes.addEventListener("click", () => act(box, () => answerStepBack(view.habit, true), t("ui-stepped-back", { habit: view.name, stage: stage(view.offer) })));
  no.addEventListener("click", () => act(box, () => answerStepBack(view.habit, false), ""));
  return el("div", { className: "offer" }, [
    el("p", { textContent: t("ui-offer", { habit: view.name, stage: stage(view.offer) }) }),
    el("div", { className: "actions" }, [yes, no]),
  ]);
}

/** Fogg's order: the prompt (moment), then ability (a starter step), then motivation. */
function troubleshooting(view, box) {
  const trouble = view.trouble;
  const why = trouble.reason === "misses"
    ? t("ui-trouble-misses", { habit: view.name, first: dateText(trouble.dates[0]), second: dateText(trouble.dates[1]) })
    : t("ui-trouble-slipping", { habit: view.name, from: Math.round(trouble.from), to: Math.round(trouble.to) });
  const time = el("input", { type: "text", name: "time", value: view.time, size: 8, autocomplete: "off" });
  const move = el("button", { type: "button", textContent: t("ui-move-it") });
  move.addEventListener("click", () => act(box, () => troubleshoot(view.habit, "time", time.value.trim()), t("ui-trouble-saved")));
  const starter = el("input", { type: "text", name: "starter", value: view.starter ?? "", ...maxLength("starter"), autocomplete: "off" });
  const keep = el("button", { type: "button", textContent: t("ui-save-starter") });
  keep.addEventListener("click", () => act(box, () => troubleshoot(view.habit, "starter", starter.value), t("ui-trouble-saved")));
  const benefits = el("button", { type: "button", className: "secondary", textContent: t("ui-to-benefits") });
  benefits.addEventListener("click", () =>
    act(box, () => troubleshoot(view.habit, "motivation", null), "").then(() => document.querySelector("#benefit-form input[name=rating]")?.focus()),
  );
  return el("div", { className: "trouble" }, [
    el("p", { textContent: why }),
    el("ol", {}, [
      el("li", {}, [el("label", {}, [t("ui-trouble-moment"), " ", time]), " ", move]),
      el("li", {}, [el("label", {}, [t("ui-trouble-starter"), " ", starter]), " ", keep]),
      el("li", {}, [t("ui-trouble-motivation"), " ", benefits]),
    ]),
  ]);
}

function card(view) {
  const box = status();
  const node = el("article", { className: "card habit-automaticity" });
  node.dataset.habit = view.habit;
  const titleId = `automaticity-${view.habit}`;
  node.setAttribute("aria-labelledby", titleId);
  const last = view.checks.at(-1);
  const summary = last
    ? t("ui-auto-summary", { consistency: Math.round(view.consistency), score: one(last.score), prompts: stage(view.prompts) })
    : t("ui-auto-summary-none", { consistency: Math.round(view.consistency), prompts: stage(view.prompts) });
  node.append(el("h4", { id: titleId, textContent: view.name, translate: false }), el("p", { className: "auto-summary", textContent: summary }));
  if (view.restored) {
    node.append(el("p", { className: "restored", textContent: t("ui-restored", { habit: view.name, first: dateText(view.restored[0]), second: dateText(view.restored[1]) }) }));
  }
  if (view.check_due || view.today) {
    node.append(checkForm(view, box));
  } else if (view.next_check) {
    node.append(el("p", { className: "muted next-check", textContent: t("ui-next-check", { date: dateText(view.next_check) }) }));
  }
  if (view.checks.length) {
    const caption = el("figcaption", { className: "curve-text", textContent: view.fit ? curveSummary(view) : view.fit_note });
    const legend = el("p", { className: "legend muted", textContent: t("ui-curve-legend") });
    node.append(el("figure", { className: "curve" }, [legend, curve(view), caption]));
  }
  if (view.offer) node.append(offer(view, box));
  if (view.trouble) node.append(troubleshooting(view, box));
  node.append(box.error, box.line);
  return node;
}

/** Draws every active habit's card; `announce` goes to the section's status line. */
export async function showAutomaticity(announce) {
  const views = await getAutomaticity();
  document.getElementById("automaticity-habits").replaceChildren(...views.map(card));
  if (announce !== undefined) document.getElementById("automaticity-status").textContent = announce;
}
