// Wide display equations scroll sideways (global.css gives .katex-display overflow-x: auto). A region that scrolls
// must be reachable by keyboard, or keyboard users cannot read its right-hand end; but making every equation a tab
// stop would add dozens of useless stops. So only the equations that overflow at the current width get one, and the
// set is recomputed when the width changes (a phone in portrait overflows far more than a desktop).
export function markScrollableEquations(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('.katex-display')) {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows) {
      el.tabIndex = 0;
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', 'Equation, scrolls sideways');
    } else if (el.hasAttribute('tabindex')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
}

export function keepEquationsReachable(): void {
  markScrollableEquations();
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => markScrollableEquations());
  });
}
