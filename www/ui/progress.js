// Live progress of long actions, fed by the client's onProgress; each has a Cancel button.

import { h, replace } from "./dom.js";
import { isAbort, renderError } from "./errors.js";

const MAX_ENTRIES = 30;
const waiting = new Set(); // entries whose call has not settled

/** One visible entry in the progress list for one call that waits on actions. */
class ProgressEntry {
  constructor(label) {
    this.controller = new AbortController();
    this.started = performance.now();
    this.actions = new Map(); // action id -> latest status
    this.bar = h("progress", { "aria-label": `${label} progress` });
    this.text = h("span", { class: "progress-status" }, "sending request…");
    this.error = h("div", { class: "progress-error", role: "alert", hidden: true });
    this.button = h("button", { type: "button", onclick: () => this.controller.abort() }, "Cancel");
    this.node = h(
      "li",
      { class: "progress-entry", dataset: { status: "pending", label } },
      h("span", { class: "progress-label" }, label),
      this.bar,
      this.text,
      this.button,
      this.error,
    );
    const list = document.getElementById("progress-list");
    list.prepend(this.node);
    while (list.children.length > MAX_ENTRIES) list.lastElementChild.remove();
  }

  /** Receives an action object each time a poll sees it change. */
  update(action) {
    if (!action || action.id === undefined) return;
    this.actions.set(action.id, action.status);
    const total = this.actions.size;
    const done = [...this.actions.values()].filter((s) => s === "completed").length;
    if (total === 1 && done === 0) this.bar.removeAttribute("value"); // one action: indeterminate until done
    else {
      this.bar.max = total;
      this.bar.value = done;
    }
    this.setStatus("in-progress", `${action.type ?? "action"} ${action.status}` + (total > 1 ? ` (${done}/${total} done)` : ""));
  }

  setStatus(status, text) {
    this.node.dataset.status = status;
    this.text.textContent = text;
  }

  settle(status, text) {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    this.setStatus(status, `${text} · ${seconds} s`);
    if (status === "completed") {
      this.bar.max = 1;
      this.bar.value = 1;
    } else if (!this.bar.hasAttribute("value")) {
      this.bar.max = 1;
      this.bar.value = 0;
    }
    replace(this.button, "Dismiss");
    this.button.onclick = () => this.node.remove();
  }
}

/**
 * Runs `work({signal, onProgress})` with a progress entry labelled `label`.
 * Resolves `{ value }` with the work's result, or `{ error }` when it failed or was cancelled
 * (the entry then shows why, with the request id); never rejects.
 */
export async function track(label, work) {
  const entry = new ProgressEntry(label);
  waiting.add(entry);
  try {
    const result = await work({ signal: entry.controller.signal, onProgress: (a) => entry.update(a) });
    entry.settle("completed", "completed");
    return { value: result };
  } catch (err) {
    if (isAbort(err)) {
      entry.settle("cancelled", "cancelled: no longer waiting (the action itself may still finish)");
    } else {
      entry.settle("errored", "errored");
      renderError(entry.error, err);
    }
    return { error: err };
  } finally {
    waiting.delete(entry);
  }
}

/** Cancels every wait still running (on disconnect), so no entry waits forever. */
export function cancelAllProgress() {
  for (const entry of waiting) entry.controller.abort();
}

/** Wires the "Clear finished" button: removes every settled entry, keeps those still waiting. */
export function setupProgress() {
  document.getElementById("progress-clear").addEventListener("click", () => {
    for (const entry of document.querySelectorAll("#progress-list > li")) {
      if (!["pending", "in-progress"].includes(entry.dataset.status)) entry.remove();
    }
  });
}
