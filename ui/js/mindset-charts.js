// Layout maths for the Mindsets panel's charts: pure functions, unit-tested;
// mindsets.js draws the SVG.

/** Where the n-th of `count` axes points, starting straight up, clockwise. */
function spoke(i, count, cx, cy, r) {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

const pts = (list) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");

/**
 * A radar chart: one axis per mindset, scores 0–100 from the centre out.
 * `series` is a list of score arrays (e.g. latest and first attempt).
 */
export function radarLayout(series, cx, cy, r) {
  const count = series[0]?.length ?? 5;
  const axes = Array.from({ length: count }, (_, i) => {
    const [x, y] = spoke(i, count, cx, cy, r);
    const [lx, ly] = spoke(i, count, cx, cy, r + 14);
    const anchor = Math.abs(lx - cx) < 1 ? "middle" : lx > cx ? "start" : "end";
    return { x1: cx, y1: cy, x2: x, y2: y, labelX: lx, labelY: ly, anchor };
  });
  const rings = [25, 50, 75, 100].map((level) =>
    pts(Array.from({ length: count }, (_, i) => spoke(i, count, cx, cy, (r * level) / 100))),
  );
  const polygons = series.map((scores) =>
    pts(scores.map((s, i) => spoke(i, count, cx, cy, (r * Math.max(0, Math.min(100, s))) / 100))),
  );
  return { axes, rings, polygons };
}

const day = (iso) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Lines over time on one date axis: each mindset's score at each attempt, and the
 * habits' mean strength per week. Values 0–100; dates `YYYY-MM-DD…`.
 */
export function trendLayout(attempts, strength, width, height) {
  const dates = [...attempts.map((a) => day(a.taken_at)), ...strength.map(([d]) => day(d))];
  if (dates.length === 0) return { mindsets: [], strength: "", dots: [] };
  const first = Math.min(...dates);
  const span = Math.max(1, Math.max(...dates) - first);
  const x = (d) => ((d - first) / span) * width;
  const y = (v) => height - (Math.max(0, Math.min(100, v)) / 100) * height;
  const count = attempts[0]?.scores.mindsets.length ?? 0;
  const mindsets = Array.from({ length: count }, (_, i) => ({
    mindset: attempts[0].scores.mindsets[i].mindset,
    points: pts(attempts.map((a) => [x(day(a.taken_at)), y(a.scores.mindsets[i].score)])),
  }));
  const dots = attempts.map((a) => ({ x: x(day(a.taken_at)), y: y(a.scores.overall), date: a.taken_at.slice(0, 10), overall: a.scores.overall }));
  return { mindsets, strength: pts(strength.map(([d, v]) => [x(day(d)), y(v)])), dots };
}

/** Short axis names (catalogue keys) for the five mindsets, in the core's order. */
export const SHORT_NAMES = {
  real_human: "ui-short-real-human",
  think_networks: "ui-short-think-networks",
  listen_engage: "ui-short-listen-engage",
  be_helpful: "ui-short-be-helpful",
  experiment: "ui-short-experiment",
};
