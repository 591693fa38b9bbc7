// Turns a rejection (DigitalOceanError or anything else) into a readable message with its request id.

import { h, replace } from "./dom.js";

/** True for the rejection of a cancelled call (fetch's AbortError, or an abort reason). */
export function isAbort(err) {
  return err?.name === "AbortError";
}

/** One line for people: the server's message, then status/id and the request id when known. */
export function describe(err) {
  if (isAbort(err)) return "Cancelled.";
  const message = err?.message || String(err);
  const details = [];
  if (err?.status) details.push(`HTTP ${err.status}`);
  if (err?.id) details.push(err.id);
  return details.length ? `${message} (${details.join(", ")})` : message;
}

/** Shows `err` in `slot` (an element with role="alert"); pass null to clear it. */
export function renderError(slot, err) {
  if (!err) {
    replace(slot);
    slot.hidden = true;
    return;
  }
  slot.hidden = false;
  replace(
    slot,
    h("span", { class: "error-message" }, describe(err)),
    err?.requestId ? h("span", { class: "request-id" }, " Request id: ", h("code", {}, err.requestId)) : null,
  );
}

const notices = () => document.getElementById("notices");

/** Adds a dismissible error notice at the top of the page (for errors outside any form). */
export function notifyError(err, context) {
  const list = notices();
  if (!list) return;
  const item = h("li", { class: "notice error", role: "alert" });
  const text = h("div", {});
  renderError(text, err);
  replace(
    item,
    context ? h("strong", {}, `${context}: `) : null,
    text,
    h("button", { type: "button", class: "link", onclick: () => item.remove() }, "Dismiss"),
  );
  list.prepend(item);
  while (list.children.length > 5) list.lastElementChild.remove();
}

/** Keeps the page alive and informative whatever throws: uncaught errors become notices. */
export function installGlobalHandlers() {
  window.addEventListener("error", (event) => notifyError(event.error ?? event.message, "Unexpected error"));
  window.addEventListener("unhandledrejection", (event) => {
    if (!isAbort(event.reason)) notifyError(event.reason, "Unexpected error");
  });
}
