import { describe, expect, it } from 'vitest';
import { getForm, validateForm } from '@govforms/core';
import { probeForFieldErrors } from './probe.js';

const schema = getForm('application').schema;

describe('probeForFieldErrors', () => {
  it('puts empty objects where required objects with required fields are missing', () => {
    const probe = probeForFieldErrors(schema, {}) as Record<string, unknown>;
    expect(probe.applicant).toEqual({});
    expect(probe.constructionPeriod).toEqual({});
    expect(probe.includes).toEqual({});
    expect(probe.dataSharing).toEqual({});
  });

  it('so each missing field of a missing object gets its own message', () => {
    const paths = validateForm('application', probeForFieldErrors(schema, {})).errors.map((e) => e.path);
    expect(paths).toContain('/applicant/name');
    expect(paths).toContain('/constructionPeriod/start');
    expect(paths).not.toContain('/applicant');
  });

  it('leaves data that has its objects alone, identity included, and never changes the input', () => {
    const data = { applicant: { name: 'x' }, constructionPeriod: { start: '2024-01-01', end: '2024-12-31' }, includes: {}, dataSharing: {} };
    expect(probeForFieldErrors(schema, data)).toBe(data);
    const partial = { applicant: { name: 'x' } };
    const probe = probeForFieldErrors(schema, partial);
    expect(probe).not.toBe(partial);
    expect(partial).toEqual({ applicant: { name: 'x' } });
  });

  it('does not touch non-objects', () => {
    expect(probeForFieldErrors(schema, [1])).toEqual([1]);
    expect(probeForFieldErrors(schema, null)).toBeNull();
  });
});
