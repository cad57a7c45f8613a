// The form's sizes must not follow a portal's <html> font size (Bootstrap 3 sets 10px).
import { describe, expect, it } from 'vitest';
import { remToPx, shadowCss } from './styles.js';

describe('shadow root stylesheet', () => {
  it('turns rem into px of the 16px root the styles were made for', () => {
    expect(remToPx('.a { max-width: 40rem; gap: 0.5rem 1.25rem; }')).toBe('.a { max-width: 640px; gap: 8px 20px; }');
    expect(remToPx('minmax(15rem, 18rem)')).toBe('minmax(240px, 288px)');
  });

  it('leaves em, names and selectors containing "rem" alone', () => {
    expect(remToPx('.gf-remove { padding: 1.6em; } .x2rem-y { }')).toBe('.gf-remove { padding: 1.6em; } .x2rem-y { }');
  });

  it('holds no rem at all, and resets what a portal page would pass down by inheritance', () => {
    expect(shadowCss).not.toMatch(/\drem\b/);
    expect(shadowCss).toContain('.gfe-root { all: initial;');
  });
});
