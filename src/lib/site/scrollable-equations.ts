// Wide display equations scroll sideways (global.css gives .katex-display overflow-x: auto). A region that scrolls
// must be reachable by keyboard, or keyboard users cannot read its right-hand end; but making every equation a tab
// stop would add dozens of useless stops. So only the equations that overflow at the current width get one, and the
// set is recomputed when the width changes (a phone in portrait overflows far more than a desktop).

/** Gives one equation a tab stop and a name if it overflows, and takes them away if it no longer does. */
export function markEquation(el: HTMLElement): void {
  if (el.scrollWidth > el.clientWidth + 1) {
    el.tabIndex = 0;
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', 'Equation, scrolls sideways');
  } else if (el.hasAttribute('tabindex')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
  }
}

export function markScrollableEquations(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('.katex-display')) markEquation(el);
}

/**
 * Measures each equation as it comes on screen, and the visible ones again when the width changes. global.css lets
 * the browser skip the layout of off-screen display maths (content-visibility: auto), because laying out every
 * KaTeX equation of a long lesson at load blocked the main thread for hundreds of milliseconds on a slow phone
 * (Lighthouse, simulated 4x CPU slowdown). A skipped equation has no width to measure, so each one is measured in
 * the frame after it becomes visible.
 */
export function keepEquationsReachable(): void {
  const visible = new Set<HTMLElement>();
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const el = e.target as HTMLElement;
      if (e.isIntersecting) {
        visible.add(el);
        requestAnimationFrame(() => markEquation(el));
      } else visible.delete(el);
    }
  }, { rootMargin: '100px 0px' });
  for (const el of document.querySelectorAll<HTMLElement>('.katex-display')) {
    observer.observe(el);
    // The frame after an equation comes into view is not always the frame its skipped layout is done in (on a busy
    // machine it can come later, and the equation was then measured empty and never marked): the browser says when
    // an equation's content stops being skipped, and it is measured again then.
    el.addEventListener('contentvisibilityautostatechange', (e) => {
      if (!(e as Event & { skipped?: boolean }).skipped) requestAnimationFrame(() => markEquation(el));
    });
  }
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => visible.forEach(markEquation));
  });
}
