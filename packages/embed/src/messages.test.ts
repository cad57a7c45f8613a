// The embed's words are data (locales/<locale>/embed.json): looked up by locale with a fallback to zh-CN.
import { describe, expect, it } from 'vitest';
import { formatTime, messagesFor, toLocale } from './messages.js';

describe('embed messages', () => {
  it('zh-CN first, English second, any other tag falls back (en-GB → en, fr → zh-CN)', () => {
    expect(messagesFor('zh-CN').invalidOnSubmit({ count: 3 })).toBe('还有 3 处需要修改，请修改后再提交。');
    expect(messagesFor('en').invalidOnSubmit({ count: 1 })).toBe('1 field needs attention before submitting.');
    expect(messagesFor('en-GB').invalidOnSubmit({ count: 2 })).toBe('2 fields need attention before submitting.');
    expect(messagesFor('fr').submit()).toBe('提交');
    expect(toLocale(undefined)).toBe('zh-CN');
    expect(toLocale('fr-CA')).toBe('fr-CA');
  });

  it('a saved-at time reads as people read it in the locale of the words around it', () => {
    const iso = new Date(2024, 10, 25, 14, 2, 31).toISOString();
    expect(formatTime(iso, 'zh-CN')).toBe('11月25日 14:02:31');
    expect(formatTime(iso, 'en')).toBe('Nov 25, 14:02:31');
    expect(formatTime(iso, 'fr')).toBe('11月25日 14:02:31');
    expect(formatTime('not a time', 'zh-CN')).toBe('not a time');
  });

  it('braces in the words are printed as written', () => {
    expect(messagesFor().badOptions()).toBe('mount() 的第二个参数应为对象，例如 { form: "application" }。');
    expect(messagesFor('en').scriptMissing({ part: messagesFor('en').compilerPart(), file: 'govforms-compiler.js', option: 'compilerScriptUrl' }))
      .toBe('The address of the form compiler govforms-compiler.js is unknown; give it with GovForms.configure({ compilerScriptUrl }).');
  });
});
