/**
 * The stylesheet inside each form's shadow root: govforms' own (from @govforms/react) plus the
 * embed's toolbar and notices. The shadow root keeps portal CSS out and ours in; two things
 * still cross it and are handled here: inherited properties (reset on the form's root) and
 * `rem`, which always means the portal's <html> font size (Bootstrap 3 makes it 10px).
 */
import { defaultTheme, govformsCss, type ThemeVariable } from '@govforms/react';

const v = (name: ThemeVariable) => `var(--gf-${name}, ${defaultTheme[name]})`;

/** The browser's default root font size, which govforms' rem values were designed against. */
const REM_PX = 16;

/** `40rem` → `640px`, so the form's sizes do not follow the portal's <html> font size. */
export function remToPx(css: string): string {
  return css.replace(/(^|[^\w.-])(\d*\.?\d+)rem\b/g, (_, before: string, n: string) => `${before}${Number((Number(n) * REM_PX).toFixed(3))}px`);
}

const embedCss = `
:host { display: block; }
:host([hidden]) { display: none; }
.gfe-root { all: initial; display: block; font-family: ${v('font')}; font-size: ${v('font-size')}; line-height: 1.6;
  color: ${v('text')}; text-align: left; }
.gfe-root *, .gfe-root *::before, .gfe-root *::after { box-sizing: border-box; }
.gfe-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0 0 8px; }
.gfe-status { flex: 1 1 12rem; color: ${v('muted')}; font-size: 0.88em; }
.gfe-status--warning { color: ${v('warning')}; }
.gfe-notices:empty { display: none; }
.gfe-notice { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.gfe-notice-text { flex: 1 1 20rem; margin: 0; }
.gfe-notice .gf-button { margin-left: 0; }
.gfe-notice--warning { background: ${v('warning-surface')}; border-left-color: ${v('warning')}; }
.gfe-notice-details { flex-basis: 100%; margin: 0; padding-left: 1.4em; font-size: 0.92em; }
.gfe-actions { display: flex; justify-content: flex-end; margin-top: 16px; }
.gfe-loading { color: ${v('muted')}; }
.gfe-file { display: none; }
`;

/** Everything one shadow root needs. */
export const shadowCss = remToPx(`${govformsCss}\n${embedCss}`);
