import { test } from "node:test";
import assert from "node:assert/strict";
import { curveLayout, POPULATION } from "../js/automaticity-charts.js";

const check = (day, score) => ({ day, score, date: `d${day}` });

test("checks sit at their day and score; the fitted curve runs through them", () => {
  const fit = { plateau: 6, gap: 4.5, rate: 0.05, days_to_95: 54.2 };
  const checks = [0, 14, 28, 42, 56, 70].map((d) => check(d, 6 - 4.5 * Math.exp(-0.05 * d)));
  const view = { checks, fit, days_since_began: 77 };
  const { span, dots, line, t95, plateau, today, band } = curveLayout(view, 700, 120);
  assert.equal(span, 91, "a little past the last day, in whole weeks");
  assert.equal(dots[0].cx, 0);
  assert.equal(dots[0].cy, 120 - (0.5 / 6) * 120);
  assert.ok(Math.abs(dots[5].cx - (70 / 91) * 700) < 1e-9);
  assert.equal(line.split(" ").length, 61);
  assert.equal(line.split(" ")[0], "0.0,110.0", "starts at a − b = 1.5");
  assert.ok(Math.abs(t95 - (54.2 / 91) * 700) < 1e-9);
  assert.equal(plateau, 120 - (5 / 6) * 120);
  assert.ok(Math.abs(today - (77 / 91) * 700) < 1e-9);
  assert.equal(band.x1, (POPULATION.low / 91) * 700);
  assert.equal(band.x2, 700, "254 days lies beyond this axis: the band runs to its end");
});

test("without a fit only the dots are drawn; scores outside 1–7 stay in the box", () => {
  const { line, t95, plateau, dots, span } = curveLayout({ checks: [check(3, 9), check(5, 0)], fit: null, days_since_began: 5 }, 280, 70);
  assert.equal(line, null);
  assert.equal(t95, null);
  assert.equal(plateau, null);
  assert.equal(span, 35, "at least four weeks");
  assert.deepEqual(dots.map((d) => d.cy), [0, 70]);
});

test("a far 95 % day is not drawn off the chart", () => {
  const fit = { plateau: 6, gap: 5, rate: 0.002, days_to_95: 2000 };
  const { t95, span } = curveLayout({ checks: [check(0, 1), check(60, 2)], fit, days_since_began: 60 }, 100, 50);
  assert.equal(span, Math.ceil((3 * 365 * 1.1) / 7) * 7);
  assert.equal(t95, null);
});
