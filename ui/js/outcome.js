// How a Settings card tells the outcome of an action: its `<id>-error` line (an
// alert) or its `<id>-status` line.
const $ = (id) => document.getElementById(id);

function say(id, error, text = "") {
  const errorLine = $(`${id}-error`);
  errorLine.textContent = error ? error.message ?? String(error) : "";
  errorLine.hidden = !error;
  $(`${id}-status`).textContent = error ? "" : text;
}

/** Runs `work`; its returned text goes to the status line, its error to the error line. */
export async function run(id, work) {
  try {
    say(id, null, await work());
  } catch (error) {
    say(id, error);
  }
}
