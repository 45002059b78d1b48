import { test } from "node:test";
import assert from "node:assert/strict";
import { radarLayout, trendLayout } from "../js/mindset-charts.js";

test("the radar starts straight up and scales scores from the centre", () => {
  const { axes, polygons, rings } = radarLayout([[100, 100, 100, 100, 100], [50, 0, 0, 0, 0]], 100, 100, 80);
  assert.deepEqual([axes[0].x2, axes[0].y2], [100, 20]);
  assert.equal(axes[0].anchor, "middle");
  assert.equal(axes[1].anchor, "start");
  assert.equal(axes[4].anchor, "end");
  assert.equal(rings.length, 4);
  assert.equal(polygons[0].split(" ")[0], "100.0,20.0");
  // Half of the first axis, the rest at the centre.
  assert.deepEqual(polygons[1].split(" "), ["100.0,60.0", "100.0,100.0", "100.0,100.0", "100.0,100.0", "100.0,100.0"]);
});

const attempt = (taken_at, scores) => ({
  taken_at,
  scores: { overall: scores.reduce((a, b) => a + b) / scores.length, mindsets: scores.map((score, i) => ({ mindset: `m${i}`, score })) },
});

test("trends share one date axis with the strength line", () => {
  const attempts = [attempt("2026-10-01T08:00:00Z", [0, 50, 50, 50, 100]), attempt("2026-10-11T08:00:00+02:00", [100, 50, 50, 50, 100])];
  const strength = [["2026-09-26", 40], ["2026-10-21", 80]];
  const { mindsets, strength: line, dots } = trendLayout(attempts, strength, 250, 100);
  assert.equal(mindsets.length, 5);
  // 2026-09-26 → x 0, 2026-10-21 → x 250 (25 days); attempts on day 5 and 15.
  assert.equal(mindsets[0].points, "50.0,100.0 150.0,0.0");
  assert.equal(line, "0.0,60.0 250.0,20.0");
  assert.deepEqual(dots.map((d) => d.x), [50, 150]);
  assert.deepEqual(trendLayout([], [], 10, 10), { mindsets: [], strength: "", dots: [] });
});
