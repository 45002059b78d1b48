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
