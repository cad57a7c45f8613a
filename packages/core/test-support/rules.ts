/**
 * Helpers for the rule boundary tests beside each rule module. Tests go through the public
 * `checkDossier`, start from the compliant sample dossier and change only what the boundary
 * under test needs.
 */
import { expect } from 'vitest';
import { checkDossier, type CheckOptions } from '../src/check-dossier.js';
import { sampleDossier } from '../src/forms/registry.js';
import { fenToYuan, yuanToFen } from '../src/money.js';
import type { DocumentKind, Dossier, DossierKey, Finding, Severity } from '../src/types.js';

/** The "today" of the rule tests: after every date in the sample dossier. */
export const TODAY = '2026-11-25';

export type TestDossier = Partial<Record<DossierKey, Record<string, unknown>>>;

/** Per section, the fields to set (`undefined` deletes a field); `null` drops the section. */
export type DossierPatch = Partial<Record<DossierKey, Record<string, unknown> | null>>;

/** A fresh copy of the compliant sample dossier (one per form sample). */
export function sample(): Record<DossierKey, Record<string, unknown>> {
  return sampleDossier();
}

/** The sample dossier with some fields of some sections replaced (a shallow merge per section). */
export function dossierWith(patch: DossierPatch = {}): TestDossier {
  const d: TestDossier = sampleDossier();
  for (const key of Object.keys(patch) as DossierKey[]) {
    const fields = patch[key];
    if (fields === undefined) continue;
    if (fields === null) {
      delete d[key];
      continue;
    }
    const target: Record<string, unknown> = { ...d[key] };
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) delete target[k];
      else target[k] = v;
    }
    d[key] = target;
  }
  return d;
}

/** Merges patches: later sections' fields win, field by field. */
export function mergePatches(...patches: DossierPatch[]): DossierPatch {
  const out: DossierPatch = {};
  for (const p of patches) {
    for (const key of Object.keys(p) as DossierKey[]) {
      const fields = p[key];
      if (fields === undefined) continue;
      const before = out[key];
      out[key] = fields === null ? null : { ...(before ?? {}), ...fields };
    }
  }
  return out;
}

/**
 * A total investment and a budget that adds up to it, to the fen: the sample's data resources,
 * one supervision line (default 98,000 yuan; `null` leaves the line out) and one development line
 * taking the rest. Keeps the dossier consistent so a boundary test changes one thing only.
 */
export function consistentTotal(totalYuan: number, opts: { supervisionYuan?: number | null } = {}): DossierPatch {
  const supervisionYuan = opts.supervisionYuan === undefined ? 98_000 : opts.supervisionYuan;
  const { budget } = sampleDossier();
  const dataResources = budget.dataResources as { cost: number }[];
  const resourcesFen = dataResources.reduce((sum, r) => sum + fen(r.cost), 0);
  const supervisionFen = supervisionYuan === null ? 0 : fen(supervisionYuan);
  const developmentFen = fen(totalYuan) - resourcesFen - supervisionFen;
  if (developmentFen < 0) throw new RangeError(`total ${totalYuan} is below the sample's fixed costs`);
  const items: Record<string, unknown>[] = [
    { category: 'development', name: '系统开发', year: 2024, amount: fenToYuan(developmentFen) },
  ];
  if (supervisionYuan !== null) {
    items.push({ category: 'supervision', name: '信息系统工程监理服务', year: 2024, amount: supervisionYuan });
  }
  return { application: { totalInvestment: totalYuan }, budget: { items, dataResources } };
}

function fen(yuan: number): number {
  const v = yuanToFen(yuan);
  if (v === undefined) throw new RangeError(`not a yuan amount: ${yuan}`);
  return v;
}

/** All findings, checked as of TODAY unless the options say otherwise. */
export function check(d: unknown, opts: CheckOptions = {}): Finding[] {
  return checkDossier(d as Dossier, { today: TODAY, ...opts });
}

/**
 * The findings whose ruleId starts with a prefix: 'art20' means every `art20.*` finding
 * (never art2 or art200), 'art14.budget-total-mismatch' that one rule id.
 */
export function findingsOf(d: unknown, ruleIdPrefix: string, opts: CheckOptions = {}): Finding[] {
  const prefix = ruleIdPrefix.includes('.') ? ruleIdPrefix : `${ruleIdPrefix}.`;
  return check(d, opts).filter((f) => f.ruleId.startsWith(prefix));
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

export interface ExpectedFinding {
  ruleId: string;
  article: number;
  severity: Severity;
  path?: string;
  /** Exactly these document kinds, in this order; omitted means the finding has no `requires`. */
  requires?: readonly DocumentKind[];
  /** Text the message must contain: the article as cited, e.g. "第二十条" or "art. 20". */
  cites: string;
}

/** Asserts there is exactly one finding with the ruleId and that it looks as expected; returns it. */
export function expectOne(findings: readonly Finding[], e: ExpectedFinding): Finding {
  const matching = findings.filter((f) => f.ruleId === e.ruleId);
  expect(matching, `one ${e.ruleId} among ${JSON.stringify(ruleIds(findings))}`).toHaveLength(1);
  const f = matching[0]!;
  expect({ ruleId: f.ruleId, article: f.article, severity: f.severity, path: f.path, requires: f.requires })
    .toEqual({ ruleId: e.ruleId, article: e.article, severity: e.severity, path: e.path, requires: e.requires });
  expect(f.message).toContain(e.cites);
  return f;
}

/** Where a JSON Pointer (RFC 6901) lands in a document: whether its parent and the value itself exist. */
export function resolvePointer(root: unknown, pointer: string): { parentExists: boolean; exists: boolean } {
  const tokens = pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    if (typeof node !== 'object' || node === null) return { parentExists: false, exists: false };
    if (!Object.hasOwn(node, token)) return { parentExists: last, exists: false };
    node = (node as Record<string, unknown>)[token];
  }
  return { parentExists: true, exists: true };
}
