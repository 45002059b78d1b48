// Calendar heatmap layout: pure maths, unit-tested; history.js draws the SVG.

export const CELL = 14;
export const GAP = 3;

/** Places each day in a column per week (Monday first) and a row per weekday. */
export function layout(cells) {
  if (cells.length === 0) return { width: 0, height: 0, squares: [] };
  const first = Date.parse(`${cells[0].date}T00:00:00Z`);
  const squares = cells.map((cell) => {
    const index = Math.round((Date.parse(`${cell.date}T00:00:00Z`) - first) / 86_400_000);
    const column = Math.floor(index / 7);
    const row = index % 7;
    return { ...cell, x: column * (CELL + GAP), y: row * (CELL + GAP) };
  });
  const columns = Math.floor((squares.length - 1) / 7) + 1;
  return { width: columns * (CELL + GAP) - GAP, height: 7 * (CELL + GAP) - GAP, squares };
}

/** Words for each status (catalogue keys), so the map never relies on colour alone. */
export const STATUS_LABELS = {
  done: "ui-day-done",
  extra: "ui-day-extra",
  skipped: "ui-day-skipped",
  paused: "ui-day-paused",
  missed: "ui-day-missed",
  pending: "ui-day-pending",
  unscheduled: "ui-day-unscheduled",
};

/** A polyline for values (0–100) across `width` × `height`. */
export function trendPoints(values, width, height) {
  if (values.length === 0) return "";
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => `${(i * step).toFixed(1)},${(height - (Math.max(0, Math.min(100, v)) / 100) * height).toFixed(1)}`)
    .join(" ");
}
