// Entry point: the panel tabs (Tab, Enter, Space, or the arrow keys); each panel draws itself when shown.
import { drawProgress, showToday } from "./today.js";
import { showHistory } from "./history.js";
import { showReview } from "./review.js";
import { showMindsets } from "./mindsets.js";
import { showNetwork } from "./people.js";
import { showSettings } from "./settings.js";
import { showWelcome } from "./welcome.js";
import { closeDashboard, getMessages, getNotices, getStatus } from "./ipc.js";
import { loadMessages } from "./i18n.js";

const panels = { today: showToday, history: showHistory, review: showReview, network: showNetwork, mindsets: showMindsets, settings: showSettings, welcome: showWelcome };

// The words first: every panel draws in the person's language. A tab chosen while
// they load waits for them too, and comes after the first panel (so that panel
// cannot hide it).
const words = loadMessages(getMessages);

async function select(name) {
  await words;
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.setAttribute("aria-selected", String(tab.dataset.panel === name));
  }
  for (const panel of document.querySelectorAll("[role=tabpanel]")) panel.hidden = panel.id !== name;
  return panels[name]();
}

const tabs = [...document.querySelectorAll("[role=tab]")];
for (const tab of tabs) {
  tab.addEventListener("click", () => select(tab.dataset.panel));
  tab.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    next.focus();
    select(next.dataset.panel);
  });
}
// Another panel asks to show a panel and focus a control in it.
document.addEventListener("aloud:goto", async ({ detail }) => {
  await select(detail.panel);
  document.querySelector(detail.focus)?.focus();
});

// Ctrl+W closes the window, as in any desktop app; Aloud stays in the tray.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === "w") {
    event.preventDefault();
    closeDashboard();
  }
});

// The app opens the window at a panel through the address's hash (#mindsets).
const fromHash = () => (location.hash.slice(1) in panels ? location.hash.slice(1) : "today");
window.addEventListener("hashchange", () => select(fromHash()));

// The header's progress, also when the first panel is not Today (the welcome).
words
  .then(getStatus)
  .then(drawProgress, () => (document.getElementById("progress").textContent = ""));

// The first panel drawn marks the page ready (the benchmark reads this mark).
Promise.resolve(select(fromHash())).finally(() => performance.mark("aloud-ready"));

// What the app has to say once (e.g. that this desktop shows no tray icons). The box
// is marked once the app has answered, told or not.
getNotices().then((notices) => {
  const box = document.getElementById("notices");
  box.dataset.asked = "true";
  if (notices.length === 0) return;
  box.querySelector(".notice-text").textContent = notices.map((n) => n.message).join(" ");
  box.dataset.notice = notices.map((n) => n.id).join(" ");
  box.hidden = false;
  box.querySelector("button").addEventListener("click", () => (box.hidden = true));
});
