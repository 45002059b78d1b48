// Settings → "Your network": the links a check-in opens, and how long a check-in
// runs before its wrap-up. The core refuses anything but http(s) addresses; its
// message shows inline and nothing is saved.
import { addLink, getLinks, getSettings, removeLink, setDefaultLink, setSetting } from "./ipc.js";
import { showHabits } from "./habit-forms.js";
import { run } from "./outcome.js";
import { t } from "./i18n.js";

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
  name.translate = false;
  const url = document.createElement("code");
  url.textContent = link.url;
  li.append(name, " ", url, link.default ? ` ${t("ui-default-mark")} ` : " ");
  if (!link.default) {
    li.append(
      button(t("ui-make-default-label", { link: link.name }), t("ui-make-default"), () =>
        run("link", async () => {
          await setDefaultLink(link.name);
          await drawLinks();
          return t("ui-default-now", { link: link.name });
        }),
      ),
      " ",
    );
  }
  li.append(
    button(t("ui-remove-link-label", { link: link.name }), t("ui-remove"), () =>
      run("link", async () => {
        const fellBack = await removeLink(link.name);
        await drawLinks();
        return fellBack.length
          ? t("ui-link-removed-fell-back", { link: link.name, habits: fellBack.join(", ") })
          : t("ui-link-removed", { link: link.name });
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
  none.textContent = t("ui-no-link-yet");
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
      return t("ui-link-saved", { link: name });
    });
  });
  $("checkin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    run("checkin", async () => {
      const minutes = form.checkin_length.value.trim();
      if (!/^\d+$/.test(minutes)) throw new Error(t("ui-minutes-1-60"));
      const view = await setSetting("checkin_length", `${minutes}m`);
      form.checkin_length.value = Math.round(view.checkin_length_secs / 60);
      return t("ui-saved");
    });
  });
}

setUp();
