import { test } from "node:test";
import assert from "node:assert/strict";
import { stateWord, parseMinutes, durationText } from "../js/recipe.js";
import { useEnglish } from "./catalogue.js";

useEnglish();

test("states have words", () => {
  assert.equal(stateWord("pending"), "To do");
  assert.equal(stateWord("done"), "Done");
});

test("minutes are empty or 1 to 240", () => {
  assert.deepEqual(parseMinutes(""), { ok: true, value: null });
  assert.deepEqual(parseMinutes(" 10 "), { ok: true, value: 10 });
  assert.equal(parseMinutes("0").ok, false);
  assert.equal(parseMinutes("241").ok, false);
  assert.equal(parseMinutes("1.5").ok, false);
  assert.equal(parseMinutes("ten").ok, false);
});

test("durations read back as the app writes them", () => {
  assert.equal(durationText(600), "10m");
  assert.equal(durationText(7200), "2h");
  assert.equal(durationText(1814400), "3w");
  assert.equal(durationText(90), "90s");
  assert.equal(durationText(0), "0");
});
