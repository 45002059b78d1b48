import { test } from "node:test";
import assert from "node:assert/strict";
import { stateWord, parseMinutes } from "../js/recipe.js";
import { setLimits } from "../js/page.js";
import { useEnglish } from "./catalogue.js";

useEnglish();

test("states have words", () => {
  assert.equal(stateWord("pending"), "To do");
  assert.equal(stateWord("done"), "Done");
});

test("minutes are empty or 1 to the core's limit", () => {
  setLimits({ minutes: 240 });
  assert.deepEqual(parseMinutes(""), { ok: true, value: null });
  assert.deepEqual(parseMinutes(" 10 "), { ok: true, value: 10 });
  assert.equal(parseMinutes("0").ok, false);
  assert.equal(parseMinutes("241").ok, false);
  assert.equal(parseMinutes("1.5").ok, false);
  assert.equal(parseMinutes("ten").ok, false);
  assert.equal(parseMinutes("241").message, "Minutes must be between 1 and 240.");
  setLimits({ minutes: 90 });
  assert.equal(parseMinutes("91").ok, false, "the limit is the core's, not the page's");
});

