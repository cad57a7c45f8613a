import { useLayoutEffect, type RefObject } from 'react';
import { govformsCss } from './css.js';

const MARK = 'data-govforms-styles';

/** Adds the stylesheet once to the document, or to the shadow root the form is rendered in. */
export function useStyles(root: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    if (!enabled || !root.current) return;
    const node = root.current.getRootNode() as Document | ShadowRoot;
    const container = 'head' in node && node.head ? node.head : node;
    if (container.querySelector?.(`style[${MARK}]`)) return;
    const style = root.current.ownerDocument.createElement('style');
    style.setAttribute(MARK, '');
    style.textContent = govformsCss;
    container.appendChild(style);
  }, [root, enabled]);
}
