// The Network panel: whom the check-ins reached, month by month, the suggestions for
// whom to reach next, and the people table with rename, merge, kind and forget.
// Everything shown comes from the core's view (`aloud people --json`).
import { forgetPerson, getNetwork, mergePeople, renamePerson, setPersonKind } from "./ipc.js";
import { el } from "./dom.js";
import { svg, titled } from "./svg.js";
import { reachLayout } from "./people-charts.js";
import { dateText, monthLabel } from "./dates.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const WIDTH = 480;
const HEIGHT = 120;

function showError(id, error) {
  $(id).textContent = error ? error.message ?? String(error) : "";
  $(id).hidden = !error;
}

function drawSummary(view) {
  $("network-month").textContent = view.month;
  $("network-summary").textContent =
    view.people.length === 0
      ? t("ui-no-one-named-yet")
      : t("ui-this-month-reached", { reached: t("ui-count-people", { count: view.reached }), new: view.new });
  const suggestions = view.suggestions.length
    ? view.suggestions.map((s) => el("li", { textContent: s.text }))
    : [el("li", { className: "muted", textContent: t("ui-nothing-to-suggest") })];
  $("network-suggestions").replaceChildren(...suggestions);
}

function drawReach(months) {
  const { bars, line } = reachLayout(months, WIDTH, HEIGHT);
  const chart = svg("svg", { viewBox: `0 -4 ${WIDTH} ${HEIGHT + 24}`, class: "reach", role: "img", "aria-labelledby": "reach-title" }, [
    ...bars.flatMap((b) => [
      titled(svg("rect", { class: "reached", x: b.x, y: b.y, width: b.width, height: b.height }), t("ui-reach-bar", { month: b.month, reached: b.reached, new: b.new })),
      svg("rect", { class: "new", x: b.x, y: b.newY, width: b.width, height: b.newHeight }),
      Object.assign(svg("text", { class: "axis", x: b.x + b.width / 2, y: HEIGHT + 16, "text-anchor": "middle" }), {
        textContent: monthLabel(b.month),
      }),
    ]),
    svg("polyline", { class: "strength", points: line }),
  ]);
  $("reach-chart").replaceChildren(chart);
  $("reach-rows").replaceChildren(
    ...months.map((m) =>
      el("tr", {}, [
        el("th", { scope: "row", textContent: m.month }),
        el("td", { textContent: String(m.reached) }),
        el("td", { textContent: String(m.new) }),
        el("td", { textContent: m.strength.toFixed(1) }),
      ]),
    ),
  );
}

function drawMix(view) {
  $("network-mix").replaceChildren(
    ...view.by_habit.map((h) =>
      el("li", { textContent: t("ui-mix-row", { habit: h.name, names: t("ui-count-names", { count: h.reached }), ever: h.ever }) }),
    ),
  );
  const recognised = view.recognised.length
    ? view.recognised.map((r) => el("li", { textContent: `${dateText(r.date)} · ${r.name}${r.kind === "team" ? ` ${t("ui-team-mark")}` : ""}` }))
    : [el("li", { className: "muted", textContent: t("ui-no-one-recognised") })];
  $("network-recognised").replaceChildren(...recognised);
}

let chosen = null;

function drawPeople(view) {
  const rows = view.people.map((p) => {
    const manage = el("button", { type: "button", className: "secondary manage", textContent: t("ui-manage") });
    manage.setAttribute("aria-label", t("ui-manage-person", { name: p.name }));
    manage.addEventListener("click", () => openPerson(p, view));
    return el("tr", {}, [
      el("th", { scope: "row", textContent: p.name, translate: false }),
      el("td", { textContent: t(p.kind === "team" ? "ui-team" : "ui-person") }),
      el("td", { textContent: p.first_seen ? dateText(p.first_seen) : "—" }),
      el("td", { textContent: p.last_seen ? dateText(p.last_seen) : "—" }),
      el("td", { className: "count", textContent: String(p.entries) }),
      el("td", { textContent: p.last_recognised ? dateText(p.last_recognised) : "—" }),
      el("td", {}, [manage]),
    ]);
  });
  $("people-rows").replaceChildren(...rows);
  if (chosen && !view.people.some((p) => p.name === chosen)) closePerson();
}

function openPerson(person, view) {
  chosen = person.name;
  $("person-form").hidden = false;
  $("person-title").textContent = person.name;
  $("person-rename").value = person.name;
  $("person-kind").value = person.kind;
  $("person-backups").checked = false;
  $("person-confirm").hidden = true;
  $("person-merge").replaceChildren(
    ...view.people.filter((p) => p.name !== person.name).map((p) => el("option", { value: p.name, textContent: p.name, translate: false })),
  );
  $("person-merge-go").disabled = view.people.length < 2;
  showError("person-error", null);
  $("person-title").focus();
}

function closePerson() {
  chosen = null;
  $("person-form").hidden = true;
}

function draw(view) {
  drawSummary(view);
  drawReach(view.months);
  drawMix(view);
  drawPeople(view);
}

/** Runs a change; the view it answers with is drawn, its outcome said. */
async function change(work, said) {
  showError("person-error", null);
  try {
    const answer = await work();
    const view = answer.network ?? answer;
    draw(view);
    $("person-status").textContent = said(answer);
    return view;
  } catch (error) {
    showError("person-error", error);
    return null;
  }
}

let wired = false;

function wire() {
  $("person-rename-go").addEventListener("click", async () => {
    const from = chosen;
    const to = $("person-rename").value;
    const view = await change(() => renamePerson(from, to), () => t("ui-renamed", { from, to: to.trim() }));
    const renamed = view?.people.find((p) => p.name === to.trim());
    if (renamed) openPerson(renamed, view);
  });
  $("person-merge-go").addEventListener("click", async () => {
    const from = chosen;
    const into = $("person-merge").value;
    const view = await change(() => mergePeople(from, into), () => t("ui-merged", { from, into }));
    const kept = view?.people.find((p) => p.name === into);
    if (kept) openPerson(kept, view);
  });
  $("person-kind-go").addEventListener("click", () => {
    const kind = $("person-kind").value;
    change(() => setPersonKind(chosen, kind), () => t(kind === "team" ? "ui-now-a-team" : "ui-now-a-person", { name: chosen }));
  });
  $("person-forget").addEventListener("click", () => {
    const key = $("person-backups").checked ? "ui-forget-confirm-backups" : "ui-forget-confirm";
    $("person-confirm-text").textContent = t(key, { name: chosen });
    $("person-confirm").hidden = false;
    $("person-forget-go").focus();
  });
  $("person-forget-keep").addEventListener("click", () => {
    $("person-confirm").hidden = true;
    $("person-forget").focus();
  });
  $("person-forget-go").addEventListener("click", async () => {
    const name = chosen;
    const view = await change(
      () => forgetPerson(name, $("person-backups").checked),
      ({ forgotten: f }) =>
        t(f.backups ? "ui-forgot-backups" : "ui-forgot", {
          name: f.name,
          entries: t("ui-count-checkins", { count: f.entries }),
          notes: t("ui-count-notes", { count: f.notes }),
          backups: t("ui-count-backups", { count: f.backups }),
        }),
    );
    if (view) {
      closePerson();
      $("people-title").focus();
    }
  });
  $("person-close").addEventListener("click", () => {
    closePerson();
    $("people-title").focus();
  });
  $("people-title").tabIndex = -1;
}

async function refresh() {
  try {
    draw(await getNetwork());
    showError("network-error", null);
  } catch (error) {
    showError("network-error", error);
  }
}

export async function showNetwork() {
  if (!wired) {
    wire();
    // Names logged elsewhere (the CLI, another window) show when the window regains focus.
    window.addEventListener("focus", () => !$("network").hidden && refresh());
    wired = true;
  }
  await refresh();
}
