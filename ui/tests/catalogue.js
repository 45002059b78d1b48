// The dashboard's English messages read straight from the app's catalogue, for the
// tests of helpers that speak (the app serves them through get_messages). The
// one-line ui-… messages are read here; the plurals (ui-count-…), which no helper
// tested here uses, are left out.
import { readFileSync } from "node:fs";
import { setMessages } from "../js/i18n.js";

export function useEnglish() {
  const source = readFileSync(new URL("../../src-tauri/core/locales/en/aloud.ftl", import.meta.url), "utf8");
  const table = {};
  for (const [, key, text] of source.matchAll(/^(ui-[a-z0-9-]+) = (.*)$/gm)) {
    table[key] = text.replace(/\{ \$([a-z_]+) \}/g, "{$1}");
  }
  setMessages(table);
}
