import { test } from "node:test";
import assert from "node:assert/strict";
import { reachLayout } from "../js/people-charts.js";
import { dateText, monthLabel } from "../js/dates.js";
import { useEnglish } from "./catalogue.js";

useEnglish();

test("reach bars scale to the widest month and the new part sits at the bottom", () => {
  const months = [
    { month: "2026-10", reached: 0, new: 0, strength: 0 },
    { month: "2026-11", reached: 4, new: 4, strength: 50 },
    { month: "2026-12", reached: 2, new: 1, strength: 100 },
  ];
  const { bars, line, most } = reachLayout(months, 300, 100);
  assert.equal(most, 4);
  assert.deepEqual(bars.map((b) => [b.x, b.height, b.newHeight]), [[20, 0, 0], [120, 100, 100], [220, 50, 25]]);
  assert.equal(bars[2].newY, 75);
  assert.equal(line, "50.0,100.0 150.0,50.0 250.0,0.0");
});

test("no months draw nothing; month labels are short", () => {
  assert.deepEqual(reachLayout([], 300, 100).bars, []);
  assert.equal(monthLabel("2026-11"), "Nov");
  assert.equal(dateText("2026-12-05"), "5 Dec 2026");
  assert.equal(dateText("2026-01-09T08:30:00+01:00"), "9 Jan 2026");
  assert.equal(dateText(""), "");
});
