import { test } from "node:test";
import assert from "node:assert/strict";
import { benefitsLayout, icebergLayout } from "../js/review-charts.js";

const week = (week_start) => ({ week_start, done: 3, due: 5 });

test("benefit bars and rating points sit in their week's slot", () => {
  const practice = [week("2026-11-02"), week("2026-11-09"), week("2026-11-16"), week("2026-11-23")];
  const checks = [
    { week: "2026-11-09", rating: 1, responses: 2 },
    { week: "2026-11-23", rating: 5, responses: 8 },
  ];
  const { bars, dots, line, weeks } = benefitsLayout(practice, checks, 400, 100);
  assert.equal(weeks.length, 4);
  assert.deepEqual(bars.map((b) => [b.x, b.height]), [[120, 25], [320, 100]]);
  assert.deepEqual(dots.map((d) => [d.cx, d.cy]), [[150, 100], [350, 0]]);
  assert.equal(line, "150.0,100.0 350.0,0.0");
});

test("a check outside the practice weeks still gets a slot; none draws nothing", () => {
  const { weeks, bars } = benefitsLayout([week("2026-11-23")], [{ week: "2026-11-16", rating: 3, responses: 0 }], 200, 50);
  assert.deepEqual(weeks, ["2026-11-16", "2026-11-23"]);
  assert.equal(bars[0].height, 0);
  assert.deepEqual(benefitsLayout([], [], 200, 50).bars, []);
});

test("the iceberg stacks needs from information down, scaled to the busiest month", () => {
  const { columns } = icebergLayout(
    [
      { month: "2026-10", counts: [4, 0, 0, 0, 0] },
      { month: "2026-11", counts: [2, 1, 4, 0, 1] },
    ],
    ["information", "help", "belonging", "recognition", "purpose"],
    200,
    80,
  );
  assert.equal(columns.length, 2);
  assert.deepEqual(columns[0].segments, [{ need: "information", count: 4, y: 0, height: 40 }]);
  const needs = columns[1].segments.map((s) => [s.need, s.y, s.height]);
  assert.deepEqual(needs, [["information", 0, 20], ["help", 20, 10], ["belonging", 30, 40], ["purpose", 70, 10]]);
  assert.deepEqual(icebergLayout([], [], 200, 80).columns, []);
});
