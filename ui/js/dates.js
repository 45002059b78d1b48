// Dates as the person's language writes them ("5 Dec 2026", "5. Dez. 2026",
// "5 déc. 2026"), from the catalogue's month names and its ui-date pattern.
import { t } from "./i18n.js";

const MONTHS = [
  "ui-month-jan",
  "ui-month-feb",
  "ui-month-mar",
  "ui-month-apr",
  "ui-month-may",
  "ui-month-jun",
  "ui-month-jul",
  "ui-month-aug",
  "ui-month-sep",
  "ui-month-oct",
  "ui-month-nov",
  "ui-month-dec",
];

/** "Nov" from "2026-11" (or from a whole date). */
export function monthLabel(iso) {
  const key = MONTHS[Number(iso.slice(5, 7)) - 1];
  return key ? t(key) : iso;
}

/** "5 Dec 2026" from "2026-12-05" or from a moment "2026-12-05T08:30:00+01:00". */
export function dateText(iso) {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso ?? "")) return iso ?? "";
  return t("ui-date", { day: Number(iso.slice(8, 10)), month: monthLabel(iso), year: iso.slice(0, 4) });
}
