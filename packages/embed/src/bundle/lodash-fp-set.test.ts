// The script-tag bundle's stand-ins for lodash/fp/set and unset give lodash's results on form data.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { set, toPath, unset } from './lodash-fp-set.js';

const require = createRequire(import.meta.url);
const lodashSet = require('lodash/fp/set') as (path: string, value: unknown, object: unknown) => unknown;
const lodashUnset = require('lodash/fp/unset') as (path: string, object: unknown) => unknown;
const lodashToPath = require('lodash/toPath') as (path: string) => string[];

const key = fc.constantFrom('a', 'b', 'items', '0', '1', '2', 'name');
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('object'), tie('array')),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  array: fc.array(tie('value'), { maxLength: 3 }),
}));
const data = json.object as fc.Arbitrary<Record<string, unknown>>;
const path = fc.array(key, { minLength: 1, maxLength: 4 });

/** True when every value strictly before the end of the path is an object, an array or missing. */
function walksContainers(root: unknown, keys: string[]): boolean {
  let at: unknown = root;
  for (const k of keys.slice(0, -1)) {
    if (at === undefined || at === null) return true;
    if (typeof at !== 'object') return false;
    at = (at as Record<string, unknown>)[k];
  }
  return at === undefined || at === null || typeof at === 'object';
}

describe('lodash/fp set and unset stand-ins', () => {
  it('split paths as lodash does', () => {
    for (const p of ['a.b', 'items.0.amount', 'a[0].b', "a['x.y'].z", '.a', 'a..b', '', 'a[-1]']) expect(toPath(p)).toEqual(lodashToPath(p));
  });

  it('set gives the same data as lodash/fp/set, leaves the input unchanged and shares what is off the path', () => {
    fc.assert(fc.property(data, path, json.value, (d, keys, value) => {
      fc.pre(walksContainers(d, keys));
      const before = structuredClone(d);
      const dotted = keys.join('.');
      const ours = set(dotted, value, d) as Record<string, unknown>;
      expect(ours).toEqual(lodashSet(dotted, value, d));
      expect(d).toEqual(before);
      expect(ours).not.toBe(d);
      for (const k of Object.keys(d)) if (k !== keys[0]) expect(ours[k]).toBe(d[k]);
    }), { numRuns: 500 });
  });

  it('unset gives the same data as lodash/fp/unset and leaves the input unchanged', () => {
    fc.assert(fc.property(data, path, (d, keys) => {
      fc.pre(walksContainers(d, keys));
      const before = structuredClone(d);
      const dotted = keys.join('.');
      expect(unset(dotted, d)).toEqual(lodashUnset(dotted, d));
      expect(d).toEqual(before);
    }), { numRuns: 500 });
  });

  it('refuses prototype keys like lodash', () => {
    const polluted = set('__proto__.polluted', 1, {}) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(polluted)).toEqual([]);
    expect(set('constructor.prototype.x', 1, { a: 1 })).toEqual(lodashSet('constructor.prototype.x', 1, { a: 1 }));
  });

  it('deliberately differs where the path runs through text: a plain object instead of a String wrapper', () => {
    expect(set('omProvider.name', '江苏宿数', { omProvider: '旧文本' })).toEqual({ omProvider: { name: '江苏宿数' } });
  });
});
