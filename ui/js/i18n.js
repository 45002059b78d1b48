// The page's words, from the app's one catalogue (core/locales/<lang>/aloud.ftl)
// through the get_messages command. The HTML carries the English words as well,
// so a page that cannot ask still reads; elements name their message with
// data-i18n (text), data-i18n-placeholder, data-i18n-aria-label and data-i18n-title.

let messages = {};

/** Uses `table` ({key: text with {name} placeholders}) from now on. */
export function setMessages(table) {
  messages = table ?? {};
}

/** Fills a message's {name} placeholders from `vars`. */
export function fill(text, vars = {}) {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** The message `key` in the person's language, with its variables. */
export function t(key, vars) {
  const text = messages[key];
  return text === undefined ? key : fill(text, vars);
}

/**
 * A count in words: `one` or `other` as the page's language chooses for `count`
 * (French says "0 note", English "0 notes"); `{count}` is filled in too.
 */
export function tn(count, one, other, vars = {}) {
  const lang = globalThis.document?.documentElement.lang || "en";
  const rule = new Intl.PluralRules(lang === "en-XA" ? "en" : lang).select(count);
  return t(rule === "one" ? one : other, { count, ...vars });
}

const ATTRIBUTES = ["placeholder", "aria-label", "title"];

/** Puts the catalogue's words into `root` (the document, or a template's content). */
export function translate(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) {
    if (node.dataset.i18n in messages) node.textContent = t(node.dataset.i18n);
  }
  for (const attribute of ATTRIBUTES) {
    for (const node of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      const key = node.getAttribute(`data-i18n-${attribute}`);
      if (key in messages) node.setAttribute(attribute, t(key));
    }
  }
}

/** Asks the app for its words once and translates the page and its templates. */
export async function loadMessages(getMessages) {
  try {
    const { language, messages: table } = await getMessages();
    setMessages(table);
    document.documentElement.lang = language;
  } catch {
    return; // the English in the page stands
  }
  translate(document);
  for (const template of document.querySelectorAll("template")) translate(template.content);
}
