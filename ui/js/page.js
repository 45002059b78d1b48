// The limits and choices of the page's fields, from the core (get_messages): the
// very constants it validates with, never retyped here. Fields name their limit
// with data-limit (a text's maxlength) or data-range (a number's min and max).

let limits = {};

/** Uses `table` (the core's `limits`) from now on. */
export function setLimits(table) {
  limits = table ?? {};
}

/** A limit by name (`note`, `minutes`…), or undefined before the core answered. */
export function limit(name) {
  return limits[name];
}

/** A text field's `maxLength` prop for the limit `name` (none before the core answered). */
export function maxLength(name) {
  const max = limit(name);
  return max === undefined ? {} : { maxLength: max };
}

/** The needs a check-in may serve, in the iceberg's order: [{id, label}]. */
export function needs() {
  return limits.needs ?? [];
}

/** A need's label in the person's language (its id until the core answered). */
export function needLabel(id) {
  return needs().find((n) => n.id === id)?.label ?? id;
}

/** Puts the limits on the fields in `root` (the document, or a template's content). */
export function applyLimits(root) {
  for (const node of root.querySelectorAll("[data-limit]")) {
    const max = limit(node.dataset.limit);
    if (max !== undefined) node.maxLength = max;
  }
  for (const node of root.querySelectorAll("[data-range]")) {
    const range = limit(node.dataset.range);
    if (range) [node.min, node.max] = range.map(String);
  }
  for (const node of root.querySelectorAll("select[data-choices=needs]")) {
    node.append(...needs().map((n) => Object.assign(node.ownerDocument.createElement("option"), { value: n.id, textContent: n.label })));
  }
}
