import { describe, expect, it } from 'vitest';
import { govformsCss } from './css.js';
import { defaultTheme } from './theme.js';

/** Every selector of the stylesheet, @media and @container wrappers removed. */
function selectors(css: string): string[] {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@(?:media|container)[^{]+\{/g, '');
  return [...flat.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim())).filter(Boolean);
}

describe('govforms stylesheet', () => {
  it('styles only gf- classes: nothing of the host page', () => {
    const all = selectors(govformsCss);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((s) => !s.startsWith('.gf-'))).toEqual([]);
  });

  it('takes its colours and sizes from --gf-* custom properties with the default theme as fallback', () => {
    expect(govformsCss).toContain(`var(--gf-primary, ${defaultTheme.primary})`);
    expect(govformsCss).not.toMatch(/color:\s*#(?!fff;)/i);
  });
});
