import { test } from "node:test";
import assert from "node:assert/strict";
import { layout, trendPoints, CELL, GAP } from "../js/heatmap.js";

test("days fill columns by week and rows by weekday", () => {
  const cells = ["2026-11-02", "2026-11-03", "2026-11-09", "2026-11-10"].map((date) => ({ date, status: "done" }));
  // Only Mon/Tue of two weeks given: positions come from the dates, not the order.
  const full = [];
  for (let d = 2; d <= 10; d++) full.push({ date: `2026-11-${String(d).padStart(2, "0")}`, status: "done" });
  const { squares, width, height } = layout(full);
  assert.deepEqual([squares[0].x, squares[0].y], [0, 0]);
  assert.deepEqual([squares[6].x, squares[6].y], [0, 6 * (CELL + GAP)]);
  assert.deepEqual([squares[7].x, squares[7].y], [CELL + GAP, 0]);
  assert.equal(width, 2 * (CELL + GAP) - GAP);
  assert.equal(height, 7 * (CELL + GAP) - GAP);
  assert.equal(layout(cells).squares[2].x, CELL + GAP);
  assert.deepEqual(layout([]), { width: 0, height: 0, squares: [] });
});

test("trend points span the box and clamp to 0–100", () => {
  assert.equal(trendPoints([0, 50, 100], 100, 10), "0.0,10.0 50.0,5.0 100.0,0.0");
  assert.equal(trendPoints([150], 100, 10), "0.0,0.0");
  assert.equal(trendPoints([], 100, 10), "");
});
