// Pure wording helpers for the panels (unit-tested with node --test).
import { t } from "./i18n.js";
import { limit } from "./page.js";

const STATE_WORDS = {
  done: "ui-state-done",
  skipped: "ui-state-skipped",
  paused: "ui-state-paused",
  pending: "ui-state-pending",
  not_scheduled: "ui-state-not-scheduled",
};

export function stateWord(state) {
  return state in STATE_WORDS ? t(STATE_WORDS[state]) : state;
}

/** Minutes from a text field: empty means none; otherwise a whole number from 1 to the core's limit. */
export function parseMinutes(text) {
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: t("ui-minutes-whole") };
  const value = Number(trimmed);
  const max = limit("minutes");
  if (value < 1 || value > max) return { ok: false, message: t("ui-minutes-range", { max }) };
  return { ok: true, value };
}
