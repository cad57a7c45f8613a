import { describe, expect, it } from 'vitest';
import { budgetOnce, ruleContext, sectionsOf } from '../check-dossier.js';
import { findFormForDossierKey, sampleDossier } from '../forms/registry.js';
import { optionsOf, pointerSegments, schemaAt } from '../forms/schema-walk.js';
import { isPlainObject } from '../read.js';
import { defaultPolicy } from './policy.js';
import { rules } from './index.js';
import { articlesReading, readPattern, rulesReading } from './reads.js';
import type { DossierSections, Rule } from './types.js';

/**
 * The dossier behind a recording Proxy: every own property a rule looks at (Object.hasOwn or a
 * read) and every list it reads is noted as a pointer, list indices as `*`.
 */
function recording(value: unknown, pointer: string, seen: Set<string>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const list = Array.isArray(value);
  const note = (key: string | symbol) => {
    if (typeof key !== 'string') return;
    if (!list) seen.add(`${pointer}/${key}`);
    else if (key === 'length' || /^\d+$/.test(key)) seen.add(pointer);
  };
  return new Proxy(value, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) return v;
      note(key);
      return recording(v, list ? (/^\d+$/.test(key) ? `${pointer}/*` : pointer) : `${pointer}/${key}`, seen);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
  });
}

/** The fields a rule reads on a dossier (sections themselves left out: every rule looks at its section). */
function readsOf(rule: Rule, dossier: unknown): Set<string> {
  const seen = new Set<string>();
  const sections = recording(sectionsOf(dossier), '', seen) as DossierSections;
  const ctx = ruleContext(rule, { today: '2026-06-01', policy: defaultPolicy, locale: 'zh-CN', budget: budgetOnce(sections) });
  rule.check(sections, ctx);
  return new Set([...seen].filter((p) => pointerSegments(p).length > 1));
}

/** A read is declared when the rule declares that pointer or one inside it (a group read on the way to its field). */
function undeclared(rule: Pick<Rule, 'reads'>, seen: Set<string>): string[] {
  return [...seen].filter((p) => !rule.reads.some((d) => d === p || d.startsWith(`${p}/`))).sort();
}

function leaves(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.length ? [pointer, ...value.flatMap((v, i) => leaves(v, `${pointer}/${i}`))] : [pointer];
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${pointer}/${k}`));
  return [pointer];
}

function setAt(root: unknown, pointer: string, value: unknown): void {
  const segs = pointerSegments(pointer);
  const parent = segs.slice(0, -1).reduce((o: any, s) => o[s], root);
  const last = segs.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
}

function schemaOf(pointer: string) {
  const [key, ...rest] = pointerSegments(pointer);
  const form = findFormForDossierKey(key);
  const node = form && schemaAt(form.schema, rest.map((s) => (s === '*' ? '0' : s)).reduce((p, s) => `${p}/${s}`, ''));
  return { form, node };
}

/**
 * The sample project and variations of it, so that rules take their other branches: each
 * field left out, each yes/no turned over, each option of a choice, each list emptied.
 */
function dossiers(): unknown[] {
  const sample = sampleDossier();
  const out: unknown[] = [sample];
  for (const pointer of leaves(sample)) {
    const value = pointer.split('/').slice(1).reduce((o: any, s) => o[s], sample);
    const variants: unknown[] = [undefined];
    if (typeof value === 'boolean') variants.push(!value);
    if (Array.isArray(value)) variants.push([]);
    const { form, node } = schemaOf(pointer);
    const options = form && node ? optionsOf(form.schema, node) : undefined;
    if (options) variants.push(...options.map((o) => (Array.isArray(value) ? [o.value] : o.value)));
    for (const v of variants) {
      const d = structuredClone(sample);
      setAt(d, pointer, v);
      out.push(d);
    }
  }
  return out;
}

describe('rules declare the dossier fields they read', () => {
  const variants = dossiers();

  it.each(rules.map((r) => [r.id, r] as const))('%s reads only what it declares', (_, rule) => {
    const seen = new Set<string>();
    for (const d of variants) for (const p of readsOf(rule, d)) seen.add(p);
    expect(seen.size).toBeGreaterThan(0);
    expect(undeclared(rule, seen)).toEqual([]);
  });

  it('the recording reader catches a read that is not declared', () => {
    const sneaky: Rule = { ...rules.find((r) => r.id === 'art08-platform')!, reads: [] };
    expect(undeclared(sneaky, readsOf(sneaky, sampleDossier()))).toEqual(['/application/platformIntegration']);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s declares only fields of the forms', (_, rule) => {
    expect(rule.reads.length).toBeGreaterThan(0);
    expect(rule.reads.filter((p) => !schemaOf(p).node)).toEqual([]);
  });
});

describe('rulesReading', () => {
  it('总投资 is read by the articles on budget, technical review, approval, procurement, supervision and evaluation', () => {
    expect(articlesReading('/application/totalInvestment')).toEqual([14, 19, 20, 24, 25, 36]);
    expect(rulesReading('/application/totalInvestment').map((r) => r.ruleId)).toContain('art20-approval');
  });

  it('a list item field is matched with any index, and a group by the fields inside it', () => {
    expect(readPattern('/budget/items/3/amount')).toBe('/budget/items/*/amount');
    expect(rulesReading('/budget/items/3/amount').map((r) => r.ruleId)).toEqual(['art14-budget', 'art25-supervision', 'art36-performance-evaluation']);
    expect(articlesReading('/application/dataSharing')).toEqual([9, 14]);
  });

  it('a field no rule reads has no articles', () => {
    expect(rulesReading('/application/projectName')).toEqual([]);
  });
});
