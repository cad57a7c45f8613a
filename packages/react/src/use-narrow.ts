import { useEffect, useState, type RefObject } from 'react';

/** Below this width (CSS px) the form is laid out for a phone: steps as a menu, findings as a summary on top. */
export const NARROW_WIDTH = 640;

/**
 * Whether the element is narrower than NARROW_WIDTH: the form's own width, not the window's,
 * since a portal may put it in a side column. Without ResizeObserver (old browsers, jsdom): wide.
 */
export function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? el.clientWidth;
      if (width > 0) setNarrow(width < NARROW_WIDTH);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}
