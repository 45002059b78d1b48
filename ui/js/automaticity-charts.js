// Layout maths for Review's habit curve: pure functions, unit-tested;
// automaticity.js draws the SVG.

/** Days to 95 % of the plateau across people (Lally et al. 2010). */
export const POPULATION = { low: 18, median: 66, high: 254 };
const SCORE_MIN = 1;
const SCORE_MAX = 7;
const SAMPLES = 60;

/**
 * The curve of one habit: its checks as dots (x: days since it began, y: score
 * 1–7), the fitted curve as a polyline when there is one, where today and the
 * 95 % day fall, and the population's band on the same days axis.
 */
export function curveLayout(view, width, height) {
  const reach = Math.max(
    28,
    view.days_since_began,
    ...view.checks.map((c) => c.day),
    view.fit ? Math.min(view.fit.days_to_95, 3 * 365) : 0,
  );
  const span = Math.ceil((reach * 1.1) / 7) * 7;
  const x = (day) => (Math.max(0, Math.min(day, span)) / span) * width;
  const y = (score) => height - ((Math.max(SCORE_MIN, Math.min(score, SCORE_MAX)) - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * height;
  const dots = view.checks.map((c) => ({ cx: x(c.day), cy: y(c.score), date: c.date, score: c.score }));
  let line = null;
  let t95 = null;
  let plateau = null;
  if (view.fit) {
    const { plateau: a, gap: b, rate: c } = view.fit;
    const points = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const day = (span * i) / SAMPLES;
      points.push(`${x(day).toFixed(1)},${y(a - b * Math.exp(-c * day)).toFixed(1)}`);
    }
    line = points.join(" ");
    t95 = view.fit.days_to_95 <= span ? x(view.fit.days_to_95) : null;
    plateau = y(a);
  }
  return {
    span,
    dots,
    line,
    t95,
    plateau,
    today: x(view.days_since_began),
    band: { x1: x(POPULATION.low), x2: x(POPULATION.high), median: x(POPULATION.median) },
  };
}
