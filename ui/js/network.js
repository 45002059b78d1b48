// Settings → "Your network": the links a check-in opens, and how long a check-in
// runs before its wrap-up. The core refuses anything but http(s) addresses; its
// message shows inline and nothing is saved.
import { addLink, getLinks, getSettings, removeLink, setDefaultLink, setSetting } from "./ipc.js";
import { showHabits } from "./habit-forms.js";
import { run } from "./outcome.js";

const $ = (id) => document.getElementById(id);

function button(label, text, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "secondary";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

function linkRow(link) {
  const li = document.createElement("li");
  li.dataset.link = link.name;
  const name = document.createElement("strong");
  name.textContent = link.name;
  const url = document.createElement("code");
  url.textContent = link.url;
  li.append(name, " ", url, link.default ? " (default) " : " ");
  if (!link.default) {
    li.append(
      button(`Make ${link.name} the default link`, "Make default", () =>
        run("link", async () => {
          await setDefaultLink(link.name);
          await drawLinks();
          return `${link.name} is the default link now.`;
        }),
      ),
      " ",
    );
  }
  li.append(
    button(`Remove the link ${link.name}`, "Remove", () =>
      run("link", async () => {
        const fellBack = await removeLink(link.name);
        await drawLinks();
        return fellBack.length
          ? `Removed ${link.name}; ${fellBack.join(", ")} now open the default link.`
          : `Removed ${link.name}.`;
      }),
    ),
  );
  return li;
}

/** The links list, and the habits' link choices that name them. */
async function drawLinks(habitsToo = true) {
  if (habitsToo) await showHabits();
  const links = await getLinks();
  const none = document.createElement("li");
  none.textContent = "No link yet: a check-in then only keeps the time.";
  $("link-list").replaceChildren(...(links.length ? links.map(linkRow) : [none]));
}

export async function showNetwork() {
  await drawLinks(false);
  const view = await getSettings();
  $("checkin-form").checkin_length.value = Math.max(1, Math.round(view.checkin_length_secs / 60));
}

function setUp() {
  $("link-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("link", async () => {
      await addLink(form.name.value, form.url.value, form.default.checked);
      const name = form.name.value.trim();
      form.reset();
      await drawLinks();
      return `Saved the link ${name}.`;
    });
  });
  $("checkin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("checkin", async () => {
      const minutes = form.checkin_length.value.trim();
      if (!/^\d+$/.test(minutes)) throw new Error("Give the minutes as a whole number from 1 to 60.");
      const view = await setSetting("checkin_length", `${minutes}m`);
      form.checkin_length.value = Math.round(view.checkin_length_secs / 60);
      return "Saved.";
    });
  });
}

setUp();
