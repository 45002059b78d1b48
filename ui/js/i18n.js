// The page's words, from the app's one catalogue (core/locales/<lang>/aloud.ftl)
// through the get_messages command. The HTML carries the English words as well,
// so a page that cannot ask still reads; elements name their message with
// data-i18n (text), data-i18n-placeholder, data-i18n-aria-label and data-i18n-title
// (with data-i18n-range, a label's {min} and {max} are its field's range).

import { applyLimits, limit, setLimits } from "./page.js";

let messages = {};
let language = "en";

/**
 * Uses `table` from now on: {key: text with {name} placeholders}, or for a plural
 * {select, variants: {one, other, …}, other} as the catalogue's Fluent message has
 * them; `lang` chooses among a plural's variants.
 */
export function setMessages(table, lang = "en") {
  messages = table ?? {};
  language = lang === "en-XA" ? "en" : lang;
}

/** Fills a message's {name} placeholders from `vars`. */
export function fill(text, vars = {}) {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * The message `key` in the person's language, with its variables. A plural takes
 * the variant of its number's CLDR category, the rule Fluent itself follows
 * (French says "0 note", English "0 notes").
 */
export function t(key, vars = {}) {
  const message = messages[key];
  if (message === undefined) return key;
  if (typeof message === "string") return fill(message, vars);
  const category = new Intl.PluralRules(language).select(Number(vars[message.select]));
  return fill(message.variants[category] ?? message.variants[message.other], vars);
}

const ATTRIBUTES = ["placeholder", "aria-label", "title"];

/** Puts the catalogue's words into `root` (the document, or a template's content). */
export function translate(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) {
    // A label that states a field's range takes it from the core (data-i18n-range).
    const [min, max] = limit(node.dataset.i18nRange) ?? [];
    if (node.dataset.i18n in messages) node.textContent = t(node.dataset.i18n, { min, max });
  }
  for (const attribute of ATTRIBUTES) {
    for (const node of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      const key = node.getAttribute(`data-i18n-${attribute}`);
      if (key in messages) node.setAttribute(attribute, t(key));
    }
  }
}

/**
 * Asks the app once for its words and its fields' limits and choices, and puts
 * them into the page and its templates.
 */
export async function loadMessages(getMessages) {
  try {
    const { language: lang, messages: table, limits } = await getMessages();
    setMessages(table, lang);
    setLimits(limits);
    document.documentElement.lang = lang;
  } catch {
    return; // the English in the page stands
  }
  for (const root of [document, ...[...document.querySelectorAll("template")].map((t) => t.content)]) {
    translate(root);
    applyLimits(root);
  }
}
