// Layout maths for the Review panel's charts: pure functions, unit-tested;
// review.js draws the SVG.

/**
 * The benefits trend: one slot per practice week; a bar for responses (scaled to the
 * largest count) and a point for the rating (1–5) where a check was recorded.
 */
export function benefitsLayout(practice, checks, width, height) {
  const weeks = practice.map((w) => w.week_start);
  for (const c of checks) if (!weeks.includes(c.week)) weeks.push(c.week);
  weeks.sort();
  const slot = weeks.length ? width / weeks.length : 0;
  const byWeek = new Map(checks.map((c) => [c.week, c]));
  const most = Math.max(1, ...checks.map((c) => c.responses));
  const bars = [];
  const dots = [];
  weeks.forEach((week, i) => {
    const check = byWeek.get(week);
    if (!check) return;
    const x = i * slot;
    const h = (check.responses / most) * height;
    bars.push({ week, responses: check.responses, x: x + slot * 0.2, y: height - h, width: slot * 0.6, height: h });
    dots.push({ week, rating: check.rating, cx: x + slot / 2, cy: height - ((check.rating - 1) / 4) * height });
  });
  const line = dots.map((d) => `${d.cx.toFixed(1)},${d.cy.toFixed(1)}`).join(" ");
  return { weeks, bars, dots, line, mostResponses: most };
}

/**
 * The iceberg: a column per month, needs stacked from the tip (information, on top)
 * down to purpose, heights proportional to the busiest month's total. `needs` are
 * the ids in the order of each month's `counts` (the core's list).
 */
export function icebergLayout(months, needs, width, height) {
  const slot = months.length ? width / months.length : 0;
  const most = Math.max(1, ...months.map((m) => m.counts.reduce((a, b) => a + b, 0)));
  const columns = months.map((m, i) => {
    let y = 0;
    const segments = [];
    m.counts.forEach((count, n) => {
      if (count === 0) return;
      const h = (count / most) * height;
      segments.push({ need: needs[n], count, y, height: h });
      y += h;
    });
    return { month: m.month, x: i * slot + slot * 0.15, width: slot * 0.7, segments };
  });
  return { columns };
}
