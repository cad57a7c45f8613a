import { useEffect, useRef } from 'react';

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';

/** Focuses `el` or, for a group (radios, a table), its checked radio or first focusable element. */
export function focusElement(el: Element | null | undefined): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const target = el.matches(FOCUSABLE)
    ? el
    : (el.querySelector<HTMLElement>('input[type=radio]:checked:not([disabled])') ?? el.querySelector<HTMLElement>(FOCUSABLE));
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

/** `[data-gf-path="/items/3/amount"]`, quoted safely. */
export function pathSelector(pointer: string): string {
  return `[data-gf-path="${pointer.replace(/["\\]/g, '\\$&')}"]`;
}

/**
 * Focus something after the next render (a row just added or moved): call `focusLater` with a
 * JSON Pointer; the element carrying that data-gf-path inside `root` gets the focus.
 */
export function useFocusAfterRender<T extends HTMLElement>() {
  const root = useRef<T>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const selector = pending.current;
    pending.current = null;
    focusElement(root.current?.querySelector(selector));
  });
  return { root, focusLater: (selector: string) => { pending.current = selector; } };
}
