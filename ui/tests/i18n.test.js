import { test } from "node:test";
import assert from "node:assert/strict";
import { fill, setMessages, t } from "../js/i18n.js";

test("placeholders are filled by name, unknown ones stay", () => {
  assert.equal(fill("Today: {done} of {scheduled} done", { done: 1, scheduled: 3 }), "Today: 1 of 3 done");
  assert.equal(fill("{habit} at {time}", { habit: "Interact" }), "Interact at {time}");
  assert.equal(fill("{name} {name}", { name: "$&" }), "$& $&", "a value is never a pattern");
});

test("a message comes from the table, a missing one shows its key", () => {
  setMessages({ "ui-log": "Eintragen", "ui-remove-name": "{name} entfernen" });
  assert.equal(t("ui-log"), "Eintragen");
  assert.equal(t("ui-remove-name", { name: "Ana" }), "Ana entfernen");
  assert.equal(t("ui-nothing"), "ui-nothing");
});

test("a plural takes the variant of its number's category in the page's language", () => {
  const notes = { select: "count", variants: { one: "{count} note", other: "{count} notes" }, other: "other" };
  setMessages({ "ui-count-notes": notes }, "fr");
  assert.equal(t("ui-count-notes", { count: 0 }), "0 note", "French: 0 is one");
  assert.equal(t("ui-count-notes", { count: 1 }), "1 note");
  assert.equal(t("ui-count-notes", { count: 2 }), "2 notes");
  // French has a `many` category (a million) the catalogue leaves to `other`.
  assert.equal(t("ui-count-notes", { count: 1000000 }), "1000000 notes");
  setMessages({ "ui-count-notes": notes }, "en");
  assert.equal(t("ui-count-notes", { count: 0 }), "0 notes", "English: 0 is other");
  setMessages({ "ui-count-notes": notes }, "en-XA");
  assert.equal(t("ui-count-notes", { count: 1 }), "1 note", "the pseudo-locale counts as English");
});
