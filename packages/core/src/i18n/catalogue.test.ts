import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test, vi } from 'vitest';
import { defineMessages } from './catalogue.js';
import { coreMessages, words } from './core-messages.js';

const localesDir = new URL('../../../../locales/', import.meta.url);
const locales = readdirSync(localesDir);
const read = (locale: string, file: string): unknown => JSON.parse(readFileSync(new URL(`${locale}/${file}`, localesDir), 'utf8'));

/** Every message of a catalogue by its dotted key. */
function flatten(node: unknown, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    const key = at ? `${at}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The argument names a message uses. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if ('value' in el && el.type !== 0 && typeof el.value === 'string') out.add(el.value);
    if ('options' in el) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
  }
  return out;
}

const namespaces = readdirSync(new URL('zh-CN/', localesDir)).filter((f) => f.endsWith('.json'));

describe.each(namespaces)('catalogue %s', (file) => {
  const base = flatten(read('zh-CN', file));

  test.each(locales)('%s: every message parses, names a zh-CN key and uses only the arguments zh-CN is given', (locale) => {
    // A locale need not have every namespace (zh-CN stands in); a file it has must parse.
    if (!existsSync(new URL(`${locale}/${file}`, localesDir))) return;
    const messages = flatten(read(locale, file));
    for (const [key, text] of messages) {
      expect(base.has(key), `${locale}/${file}: ${key} is not in zh-CN`).toBe(true);
      const args = argumentsOf(parse(text, { ignoreTag: true }));
      const known = argumentsOf(parse(base.get(key)!, { ignoreTag: true }));
      for (const a of args) expect(known.has(a), `${locale}/${file} ${key}: {${a}} is not given to the zh-CN message`).toBe(true);
    }
  });

  test('English, the second locale, is complete', () => {
    expect([...flatten(read('en', file)).keys()].sort()).toEqual([...base.keys()].sort());
  });
});

test('a message missing in a locale falls back to zh-CN; an unknown or unusable locale is zh-CN; en-GB is en', () => {
  const files = {
    '../locales/zh-CN/x.json': { a: parse('甲 {n}'), b: parse('乙') },
    '../locales/en/x.json': { a: parse('A {n}') },
  };
  const m = defineMessages<{ a: string; b: string }>(files);
  expect(m('en').a({ n: 1 })).toBe('A 1');
  expect(m('en').b()).toBe('乙');
  expect(m('en-GB').a({ n: 2 })).toBe('A 2');
  expect(m('fr').a({ n: 3 })).toBe('甲 3');
  expect(m('not a locale!').a({ n: 4 })).toBe('甲 4');
  expect(m.locales.sort()).toEqual(['en', 'zh-CN']);
});

test('a locale is resolved once, not once per message (Intl.NumberFormat.supportedLocalesOf is slow), and messages still format in it', () => {
  const files = {
    '../locales/zh-CN/x.json': { a: parse('{n, number} 甲'), b: parse('乙 {n, plural, other {# 项}}'), c: parse('丙') },
    // A locale no other test formats in: en-IN groups digits in lakhs.
    '../locales/en-IN/x.json': { a: parse('{n, number} A'), b: parse('B {n, plural, one {# item} other {# items}}'), c: parse('C') },
  };
  const m = defineMessages<{ a: string; b: string; c: string }>(files);
  const supported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
  try {
    expect(m('en-IN').a({ n: 1234567 })).toBe('12,34,567 A');
    expect(m('en-IN').b({ n: 1 })).toBe('B 1 item');
    expect(m('en-IN').b({ n: 2 })).toBe('B 2 items');
    expect(m('en-IN').c()).toBe('C');
    expect(supported.mock.calls.filter(([l]) => l === 'en-IN')).toHaveLength(1);
  } finally {
    supported.mockRestore();
  }
});

test('shared words: one word for each thing, per locale', () => {
  expect(words().severity.warning()).toBe('警告');
  expect(words().noYear()).toBe('未分年度');
  expect(words('en').severity.warning()).toBe('Warning');
  expect(words().item({ n: 3 })).toBe('第3项');
  expect(coreMessages('en').validation.minItems({ limit: 1 })).toBe('needs at least one item');
  expect(coreMessages('en').validation.minItems({ limit: 3 })).toBe('needs at least 3 items');
});
