import ajvEqualModule from 'ajv/dist/runtime/equal';
import ajvUcs2length from 'ajv/dist/runtime/ucs2length';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { equal, ucs2length } from './standalone-runtime.js';

// fast-deep-equal, as Ajv's standalone code would require() it (its typings describe the module)
const ajvEqual = ajvEqualModule as unknown as (a: unknown, b: unknown) => boolean;

test('ucs2length counts code points as Ajv does, lone surrogates included', () => {
  expect(ucs2length('𠮷a')).toBe(2);
  expect(ucs2length('\ud842')).toBe(1);
  // any code point, lone surrogates included ('binary' strings cost 1.5 s to set up)
  const text = fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) });
  fc.assert(fc.property(text, (s) => ucs2length(s) === ajvUcs2length(s)));
});

test('equal compares JSON values as Ajv does (fast-deep-equal)', () => {
  expect(equal({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
  expect(equal({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(equal([1], { 0: 1 })).toBe(false);
  // fast-deep-equal calls an object's own toString/valueOf and compares constructors by identity
  const hasMethodKey = (v: unknown): boolean => typeof v === 'object' && v !== null
    && Object.entries(v).some(([k, x]) => ['toString', 'valueOf', 'constructor'].includes(k) || hasMethodKey(x));
  expect(equal({ toString: 0, constructor: {} }, { toString: 0, constructor: {} })).toBe(true);
  const pair = fc.oneof(
    fc.tuple(fc.jsonValue(), fc.jsonValue()),
    fc.jsonValue().map((v) => [v, structuredClone(v)] as [unknown, unknown]),
  );
  fc.assert(fc.property(pair, ([a, b]) => hasMethodKey(a) || hasMethodKey(b) || equal(a, b) === ajvEqual(a, b)), { numRuns: 2000 });
});
