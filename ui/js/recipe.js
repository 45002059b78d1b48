// Pure wording helpers for the panels (unit-tested with node --test).
import { t } from "./i18n.js";

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

/** Minutes from a text field: empty means none; otherwise a whole number 1–240. */
export function parseMinutes(text) {
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: t("ui-minutes-whole") };
  const value = Number(trimmed);
  if (value < 1 || value > 240) return { ok: false, message: t("ui-minutes-range") };
  return { ok: true, value };
}

/** Seconds as the shortest duration text the app accepts back: 90 → "90s", 600 → "10m". */
export function durationText(seconds) {
  if (seconds === 0) return "0";
  if (seconds % 604800 === 0) return `${seconds / 604800}w`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
