// An accessible confirmation built on <dialog>: await confirmAction("Delete x?") -> true/false.

import { h } from "./dom.js";

/** Asks the user to confirm; resolves true only when the confirm button is pressed. */
export function confirmAction(message, confirmLabel = "Confirm") {
  const dialog = h("dialog", { class: "confirm", "aria-labelledby": "confirm-text" });
  const form = h(
    "form",
    { method: "dialog" },
    h("p", { id: "confirm-text" }, message),
    h(
      "menu",
      {},
      h("button", { value: "cancel", autofocus: true }, "Cancel"),
      h("button", { value: "confirm", class: "danger" }, confirmLabel),
    ),
  );
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "confirm");
      dialog.remove();
    });
    dialog.showModal();
  });
}
