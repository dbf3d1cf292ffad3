'use client';

import { useEffect, type RefObject } from 'react';

const LAYERS = 'g[class^="recharts-zIndex-layer"]';

/**
 * recharts draws each z-index layer as a bare <g>, and Chromium puts those in the tab order
 * unnamed. They are taken out (tabindex -1), so Tab goes from bar to bar (KeyboardBar) only.
 * recharts adds layers after hydration and on resize: a MutationObserver keeps up.
 */
export function useUntabbableLayers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => root.querySelectorAll(LAYERS).forEach((layer) => layer.getAttribute('tabindex') !== '-1' && layer.setAttribute('tabindex', '-1'));
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
