import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadForms } from '../../../../scripts/vite-plugins/precompiled-validators.js';
import { createAjv } from './ajv.js';
import { schemaForValidation } from './schema-for-validation.js';
import { comparableErrors, mutatedSample } from '../../test-support/mutations.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const kinds = { oneOf: [{ const: 'a', title: '甲' }, { const: 'b', title: '乙', description: '第二种' }] };

describe('schemaForValidation', () => {
  test('a oneOf of titled consts becomes an enum of the consts', () => {
    expect(schemaForValidation({ type: 'string', title: '种类', oneOf: kinds.oneOf })).toEqual({ type: 'string', enum: ['a', 'b'] });
  });

  test('a oneOf is kept when a branch does more than name a const, or two consts are equal', () => {
    const typed = { oneOf: [{ const: 'a' }, { const: 'b', type: 'string' }] };
    const twice = { oneOf: [{ const: 1 }, { const: 1, title: 'again' }] };
    const zeros = { oneOf: [{ const: 0 }, { const: -0 }] }; // 0 matches both: oneOf fails, an enum would pass
    const objects = { oneOf: [{ const: { a: 1 } }, { const: { a: 2 } }] };
    expect(schemaForValidation(typed)).toEqual(typed);
    expect(schemaForValidation(twice)).toEqual({ oneOf: [{ const: 1 }, { const: 1 }] });
    expect(schemaForValidation(zeros)).toEqual(zeros);
    expect(schemaForValidation(objects)).toEqual(objects);
    expect(schemaForValidation({ enum: ['a'], oneOf: kinds.oneOf })).toEqual({ enum: ['a'], oneOf: [{ const: 'a' }, { const: 'b' }] });
  });

  test('annotations go, but a property named "title" or "description" stays, and data values are untouched', () => {
    const schema = {
      $comment: 'x', title: 't', description: 'd', examples: [1], default: {},
      properties: { title: { type: 'string', title: '标题' }, description: { description: '说明' } },
      const: { title: 'kept', description: 'kept' },
      enum: [{ title: 'kept' }],
      required: ['title', 'description'],
    };
    expect(schemaForValidation(schema)).toEqual({
      properties: { title: { type: 'string' }, description: {} },
      const: { title: 'kept', description: 'kept' },
      enum: [{ title: 'kept' }],
      required: ['title', 'description'],
    });
  });

  test('every place a subschema can sit is transformed; boolean schemas and the input stay as they were', () => {
    const sub = { title: 'x', oneOf: [{ const: 1 }, { const: 2 }] };
    const out = { enum: [1, 2] };
    const schema = {
      definitions: { d: sub }, patternProperties: { '^x': sub }, additionalProperties: sub, propertyNames: sub,
      items: [sub, true], additionalItems: sub, contains: sub, if: sub, then: sub, else: false, not: sub,
      allOf: [sub], anyOf: [sub], dependencies: { a: ['b'], c: sub },
    };
    const before = structuredClone(schema);
    expect(schemaForValidation(schema)).toEqual({
      definitions: { d: out }, patternProperties: { '^x': out }, additionalProperties: out, propertyNames: out,
      items: [out, true], additionalItems: out, contains: out, if: out, then: out, else: false, not: out,
      allOf: [out], anyOf: [out], dependencies: { a: ['b'], c: out },
    });
    expect(schemaForValidation({ items: sub })).toEqual({ items: out });
    expect(schemaForValidation(true)).toBe(true);
    expect(schema).toEqual(before);
  });

  test('Ajv reads oneOf and the enum it became alike, for any value', () => {
    const ajv = createAjv({ validateSchema: false });
    const original = ajv.compile({ oneOf: [{ const: 'a' }, { const: 1 }, { const: null }, { const: true, title: 't' }] });
    const compact = ajv.compile(schemaForValidation(original.schema as object));
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.constantFrom('a', 1, 1.0, null, true, false, '1')), (v) => original(v) === compact(v)));
  });
});

describe.each(loadForms(REPO_ROOT))('form $id: the compiling copy validates as the schema does', (form) => {
  const sample: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'forms', form.id, 'sample.json'), 'utf8'));
  const ajv = createAjv({ validateSchema: false });
  const original = ajv.compile(form.schema);
  const compact = ajv.compile(schemaForValidation(form.schema));

  test('on the sample', () => {
    expect(original(sample)).toBe(true);
    expect(compact(sample)).toBe(true);
  });

  test('on mutated samples, valid and invalid: same validity, same errors (a oneOf of consts as enum)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(fc.property(mutatedSample(sample, form.schema), (data) => {
      const valid = original(data);
      expect(compact(data)).toBe(valid);
      expect(comparableErrors(compact.errors)).toEqual(comparableErrors(original.errors));
      seen[valid ? 'valid' : 'invalid']++;
    }), { numRuns: 400 });
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });

  test('the copy has no oneOf of consts and no annotations left', () => {
    const text = JSON.stringify(schemaForValidation(form.schema));
    expect(text).not.toMatch(/"(title|description|\$comment)":"/);
    expect(text).not.toMatch(/"oneOf":\[\{"const"/);
  });
});
