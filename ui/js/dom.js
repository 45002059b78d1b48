// Building HTML nodes for the panels.

/** `<tag>` with `props` set on it and `children` appended. */
export function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
