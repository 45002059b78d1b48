// Layout maths for the Network panel's breadth chart: pure, unit-tested; people.js
// draws the SVG.

/**
 * One slot per month: a bar for the people and teams reached (scaled to the widest
 * month), its new part at the bottom, and a point for the habits' strength (0–100).
 */
export function reachLayout(months, width, height) {
  const slot = months.length ? width / months.length : 0;
  const most = Math.max(1, ...months.map((m) => m.reached));
  const bars = months.map((m, i) => {
    const h = (m.reached / most) * height;
    const n = (m.new / most) * height;
    const x = i * slot + slot * 0.2;
    return { month: m.month, reached: m.reached, new: m.new, x, width: slot * 0.6, y: height - h, height: h, newY: height - n, newHeight: n };
  });
  const line = months
    .map((m, i) => `${(i * slot + slot / 2).toFixed(1)},${(height - (m.strength / 100) * height).toFixed(1)}`)
    .join(" ");
  return { bars, line, most };
}

