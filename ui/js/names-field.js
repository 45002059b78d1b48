// The "With" field of a Today card: names as removable chips, typed or chosen from
// the names already used (an ARIA combobox). Enter or a comma adds what is typed;
// ArrowDown/ArrowUp move through the suggestions, Enter picks one, Escape closes
// them; Backspace in the empty box removes the last name.
import { el } from "./dom.js";
import { t } from "./i18n.js";

export const NAMES_MAX = 10;
const SHOWN = 6;

/** Known names matching `typed`: those starting with it first, then containing it. */
export function matches(known, typed, chosen) {
  const query = typed.trim().toLowerCase();
  if (!query) return [];
  const taken = new Set(chosen.map((n) => n.toLowerCase()));
  const open = known.filter((n) => !taken.has(n.toLowerCase()) && n.toLowerCase().includes(query));
  const starts = open.filter((n) => n.toLowerCase().startsWith(query));
  return [...starts, ...open.filter((n) => !starts.includes(n))].slice(0, SHOWN);
}

/**
 * Fills `root` (the card's `.with-field`) and returns `{ names() }`: the names chosen,
 * with whatever is still typed in the box.
 */
export function namesField(root, { id, question, known, initial }) {
  const label = root.querySelector(".with-label");
  const input = root.querySelector(".with-input");
  const chips = root.querySelector(".chips");
  const list = root.querySelector(".name-options");
  const chosen = [...initial];
  label.textContent = question;
  label.htmlFor = `${id}-with`;
  input.id = `${id}-with`;
  list.id = `${id}-with-options`;
  input.setAttribute("aria-controls", list.id);
  let options = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    options = [];
    active = -1;
  };

  const drawChips = () => {
    chips.replaceChildren(
      ...chosen.map((name, i) => {
        const remove = el("button", { type: "button", className: "chip-remove secondary", textContent: "×" });
        remove.setAttribute("aria-label", t("ui-remove-name", { name }));
        remove.addEventListener("click", () => {
          chosen.splice(i, 1);
          drawChips();
          input.focus();
        });
        return el("li", { className: "chip" }, [el("span", { textContent: name, translate: false }), remove]);
      }),
    );
    chips.hidden = chosen.length === 0;
  };

  const add = (name) => {
    const clean = name.trim();
    if (clean && !chosen.some((n) => n.toLowerCase() === clean.toLowerCase())) chosen.push(clean);
    input.value = "";
    close();
    drawChips();
  };

  const drawOptions = () => {
    options = matches(known, input.value, chosen);
    active = Math.min(active, options.length - 1);
    if (options.length === 0) return close();
    list.replaceChildren(
      ...options.map((name, i) => {
        const option = el("li", { id: `${list.id}-${i}`, textContent: name, className: i === active ? "active" : "", translate: false });
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", String(i === active));
        // mousedown, not click: the input keeps focus.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          add(name);
        });
        return option;
      }),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${list.id}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  input.addEventListener("input", () => {
    if (input.value.includes(",")) {
      const parts = input.value.split(",");
      input.value = parts.pop();
      parts.forEach(add);
    }
    active = -1;
    drawOptions();
  });
  input.addEventListener("keydown", (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step && options.length) {
      event.preventDefault();
      active = (active + step + options.length) % options.length;
      drawOptions();
    } else if (event.key === "Enter" && (active >= 0 || input.value.trim())) {
      // Adds the name instead of submitting the form; Enter in the empty box logs.
      event.preventDefault();
      add(active >= 0 ? options[active] : input.value);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === "Backspace" && !input.value && chosen.length) {
      chosen.pop();
      drawChips();
    }
  });
  input.addEventListener("blur", close);
  drawChips();
  return {
    names: () => {
      const typed = input.value.trim();
      return typed && !chosen.some((n) => n.toLowerCase() === typed.toLowerCase()) ? [...chosen, typed] : [...chosen];
    },
  };
}
