// Small DOM helpers shared by every view: element builder, clearing, form reading.

/**
 * Builds an element: h("button", { type: "button", onclick }, "Reboot").
 * Attribute values that are functions become listeners; `false`/`null` are skipped;
 * children may be strings, nodes, arrays or null.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === "function") node.addEventListener(key.replace(/^on/, ""), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces every child of `node` with `children`. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** The trimmed string value of a named form control ("" when absent). */
export function field(form, name) {
  const control = form.elements.namedItem(name);
  return control && "value" in control ? control.value.trim() : "";
}

/** Splits "a, b c" into ["a", "b", "c"]. */
export function words(text) {
  return text.split(/[\s,]+/).filter(Boolean);
}

/** Fills a <select> with options [{value, label}], keeping the current choice when it still exists. */
export function fillSelect(select, options) {
  const previous = select.value;
  replace(select, options.map(({ value, label }) => h("option", { value }, label)));
  if (options.some((o) => o.value === previous)) select.value = previous;
}

/** Disables the form's submit buttons while `work` runs; the form keeps its input either way. */
export async function busy(form, work) {
  const buttons = form.querySelectorAll("button[type=submit]");
  buttons.forEach((b) => (b.disabled = true));
  form.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    form.removeAttribute("aria-busy");
  }
}
