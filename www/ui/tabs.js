// ARIA tabs: click or arrow keys switch panels; only the selected tab is in the tab order.

/** Wires a role="tablist" element whose tabs name their panels with aria-controls. */
export function setupTabs(list) {
  const tabs = [...list.querySelectorAll('[role="tab"]')];
  const select = (tab) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !selected;
    }
  };
  list.addEventListener("click", (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) select(tab);
  });
  list.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const current = tabs.indexOf(document.activeElement);
    const next = tabs[(current + step + tabs.length) % tabs.length];
    select(next);
    next.focus();
  });
}
