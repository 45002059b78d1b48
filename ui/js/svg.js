// Building SVG nodes for the charts.
const NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function titled(node, text) {
  const title = svg("title");
  title.textContent = text;
  node.prepend(title);
  return node;
}
