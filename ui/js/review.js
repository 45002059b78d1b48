// The Review panel: the weekly benefits check, its trend, the verdict, and the iceberg.
import { declineAnchor, getReview, recordBenefitCheck, setHabit } from "./ipc.js";
import { showAutomaticity } from "./automaticity.js";
import { benefitsLayout, icebergLayout } from "./review-charts.js";
import { limit, needLabel, needs } from "./page.js";
import { dateText, monthLabel } from "./dates.js";
import { svg, titled } from "./svg.js";
import { t } from "./i18n.js";
import { el } from "./dom.js";

const $ = (id) => document.getElementById(id);
const OFFER_WORDS = { arrival: "ui-anchor-offer-arrival", lunch: "ui-anchor-offer-lunch", leaving: "ui-anchor-offer-leaving" };
const RATING_WORDS = { 1: "ui-rating-1", 2: "ui-rating-2", 3: "ui-rating-3", 4: "ui-rating-4", 5: "ui-rating-5" };
const need = needLabel;

function showError(error) {
  const line = $("benefit-error");
  line.textContent = error ? error.message ?? String(error) : "";
  line.hidden = !error;
}

function fillForm(current) {
  const form = $("benefit-form");
  for (const radio of form.querySelectorAll("input[name=rating]")) {
    radio.checked = current ? Number(radio.value) === current.rating : false;
  }
  form.responses.value = current ? String(current.responses) : "";
}

function verdict(review) {
  const box = $("verdict");
  box.dataset.advice = review.verdict.advice;
  $("verdict-text").textContent = review.verdict.message;
  const challenge = review.challenge;
  $("challenge").hidden = !challenge;
  if (challenge) {
    $("challenge-text").textContent = challenge.message;
    $("challenge-edit").onclick = () =>
      document.dispatchEvent(
        new CustomEvent("aloud:goto", { detail: { panel: "settings", focus: `[data-habit="${challenge.habit}"] [name=prompt]` } }),
      );
  }
}

/** The anchor's name as a choice, lower-cased to sit inside a sentence. */
function anchorWords(id) {
  const label = (limit("anchors") ?? []).find((a) => a.id === id)?.label ?? id;
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Habits whose clock time keeps missing their moment: switch in one click, or not. */
function anchorOffers(review) {
  const offers = review.anchors ?? [];
  $("anchor-offers").hidden = offers.length === 0;
  const status = $("anchor-offer-status");
  const items = offers.map((offer) => {
    const item = el("li", {}, [
      el("p", { textContent: t(OFFER_WORDS[offer.anchor], { habit: offer.name, time: offer.time, days: offer.days, of: offer.of, typical: offer.typical }) }),
    ]);
    item.dataset.habit = offer.habit;
    const take = el("button", { type: "button", className: "take", textContent: t("ui-anchor-offer-take", { anchor: anchorWords(offer.anchor) }) });
    const no = el("button", { type: "button", className: "secondary decline", textContent: t("ui-anchor-offer-no") });
    const answer = async (work, said) => {
      try {
        await work();
        await showReview();
        status.textContent = said;
      } catch (error) {
        status.textContent = error.message ?? String(error);
      }
    };
    take.addEventListener("click", () =>
      answer(() => setHabit(offer.habit, { anchor: offer.anchor }), t("ui-anchor-taken", { habit: offer.name, anchor: anchorWords(offer.anchor) })),
    );
    no.addEventListener("click", () => answer(() => declineAnchor(offer.habit), ""));
    item.append(el("div", { className: "actions" }, [take, no]));
    return item;
  });
  $("anchor-offer-list").replaceChildren(...items);
}

/** A text label in the chart's margins. */
function label(x, y, text, anchor = "start") {
  const node = svg("text", { x, y, "text-anchor": anchor, class: "axis" });
  node.textContent = text;
  return node;
}

function trendChart(review) {
  const [width, height, left, bottom] = [640, 120, 28, 22];
  const inner = { width: width - left - 8, height: height - bottom - 8 };
  const { weeks, bars, dots, line, mostResponses } = benefitsLayout(review.practice, review.checks, inner.width, inner.height);
  const chart = svg("svg", { id: "benefit-chart", class: "benefits", role: "img", viewBox: `0 0 ${width} ${height}` });
  chart.setAttribute(
    "aria-label",
    review.checks.length
      ? t("ui-benefits-label", { checks: review.checks.length, most: mostResponses })
      : t("ui-no-benefits-check"),
  );
  const plot = svg("g", { transform: `translate(${left} 8)` });
  plot.append(svg("line", { class: "baseline", x1: 0, y1: inner.height, x2: inner.width, y2: inner.height }));
  for (const b of bars) {
    plot.append(titled(svg("rect", { class: "responses", x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 1) }), t("ui-week-responses", { week: dateText(b.week), responses: b.responses })));
  }
  plot.append(svg("polyline", { class: "rating", points: line }));
  for (const d of dots) {
    plot.append(titled(svg("circle", { class: "rating", cx: d.cx, cy: d.cy, r: 4 }), t("ui-week-rating", { week: dateText(d.week), rating: d.rating })));
  }
  chart.append(plot, label(left - 6, 14, "5", "end"), label(left - 6, inner.height + 8, "1", "end"));
  if (weeks.length) {
    chart.append(label(left, height - 4, weeks[0]), label(width - 8, height - 4, t("ui-this-week-axis"), "end"));
  }
  return chart;
}

function trendTable(review) {
  const rows = review.checks.map((c) => {
    const tr = document.createElement("tr");
    for (const text of [dateText(c.week), `${c.rating} (${t(RATING_WORDS[c.rating])})`, c.responses]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  });
  $("benefit-rows").replaceChildren(...rows);
  $("benefit-table").hidden = rows.length === 0;
}

function iceberg(review) {
  const [width, height, bottom] = [640, 140, 18];
  const { columns } = icebergLayout(review.iceberg.months, needs().map((n) => n.id), width, height - bottom);
  const chart = svg("svg", { class: "iceberg", role: "img", viewBox: `0 0 ${width} ${height}` });
  const deepest = review.iceberg.deepest;
  chart.setAttribute(
    "aria-label",
    deepest ? t("ui-iceberg-label", { need: need(deepest) }) : t("ui-no-need-yet"),
  );
  for (const column of columns) {
    const g = svg("g", { transform: `translate(${column.x} 0)` });
    for (const s of column.segments) {
      g.append(titled(svg("rect", { class: `need ${s.need}`, y: s.y, width: column.width, height: s.height }), `${column.month}: ${need(s.need)} ${s.count}`));
    }
    const name = monthLabel(column.month);
    chart.append(g, label(column.x + column.width / 2, height - 4, name, "middle"));
  }
  $("iceberg-chart").replaceChildren(chart);
  const items = needs().map(({ id, label }, i) => {
    const li = document.createElement("li");
    li.className = `need-key ${id}`;
    li.dataset.need = id;
    li.textContent = `${label}: ${review.iceberg.totals[i]}`;
    return li;
  });
  $("iceberg-totals").replaceChildren(...items);
  $("iceberg-summary").textContent = deepest
    ? t("ui-iceberg-summary", { need: need(deepest) })
    : t("ui-iceberg-none");
}

export async function showReview() {
  try {
    const review = await getReview();
    $("review-week").textContent = t("ui-week-of-date", { week: dateText(review.this_week) });
    fillForm(review.current);
    verdict(review);
    anchorOffers(review);
    $("benefit-trend").replaceChildren(trendChart(review));
    trendTable(review);
    iceberg(review);
    await showAutomaticity();
    showError(null);
  } catch (error) {
    showError(error);
  }
}

function setUp() {
  const form = $("benefit-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    $("benefit-saved").textContent = "";
    const rating = form.querySelector("input[name=rating]:checked");
    const responses = form.responses.value.trim();
    if (!rating) return showError({ message: t("ui-choose-rating") });
    if (!/^-?\d+$/.test(responses)) return showError({ message: t("ui-count-responses") });
    try {
      await recordBenefitCheck(Number(rating.value), Number(responses));
      await showReview();
      $("benefit-saved").textContent = t("ui-saved");
    } catch (error) {
      showError(error);
    }
  });
}

setUp();
