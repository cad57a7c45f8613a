import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleLabel } from '../articles.js';
import { checkDossier } from '../check-dossier.js';
import { dossierKeys } from '../forms/registry.js';
import type { Dossier, Finding } from '../types.js';
import { check, dossierWith, resolvePointer, sample, TODAY } from '../../test-support/rules.js';

const SECTIONS = dossierKeys();
const SEVERITIES = ['error', 'warning', 'info'];

/** Every finding is well formed: a known article and severity, a non-empty message citing the article. */
function expectWellFormed(findings: Finding[], locale: 'zh-CN' | 'en' = 'zh-CN'): void {
  for (const f of findings) {
    expect(Number.isInteger(f.article) && f.article >= 1 && f.article <= 40, f.ruleId).toBe(true);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.ruleId).toMatch(new RegExp(`^art${f.article}\\.`));
    expect(f.message, f.ruleId).toContain(articleLabel(f.article, locale));
    if (f.path !== undefined) expect(SECTIONS, f.ruleId).toContain(f.path.split('/')[1]);
  }
}

/** Never throws; the findings are well formed. */
function survives(d: unknown): Finding[] {
  const findings = checkDossier(d as Dossier, { today: TODAY });
  expectWellFormed(findings);
  return findings;
}

describe('checkDossier never throws on malformed input: missing or wrong data is "not checked yet"', () => {
  test('an empty dossier, null, and non-objects give no findings', () => {
    for (const d of [{}, null, undefined, [], 'dossier', 42, true]) expect(survives(d), String(d)).toEqual([]);
  });

  test('null sections, arrays where objects go, and strings where sections go', () => {
    for (const v of [null, [], [sample().application], 'application', 0, Number.NaN]) {
      const d = Object.fromEntries(SECTIONS.map((k) => [k, v]));
      expect(survives(d), JSON.stringify(v)).toEqual([]);
    }
  });

  test('strings where numbers go are not read as numbers ("4000000.01" is not 4,000,000.01 yuan)', () => {
    const d = dossierWith({
      application: { totalInvestment: '4000000.01', planYear: '2025' },
      budget: { items: [{ category: 'development', name: 'x', amount: '4000000.01', quantity: '2', unitPrice: '2000000' }] },
      change: { adjustmentAmount: '6000000.01', contractAmount: '60000000' },
      completion: { warrantyYears: '2' },
      annualReport: { cloudUtilization: '10' },
    });
    const ids = survives(d).map((f) => f.ruleId);
    expect(ids.filter((id) => /^art(20|19|23|33|6|12)\./.test(id))).toEqual([]);
  });

  test('NaN, Infinity and -0 in number fields are not amounts', () => {
    for (const n of [Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e21]) {
      survives(dossierWith({
        application: { totalInvestment: n, planYear: n },
        budget: { items: [{ category: 'supervision', name: 'x', amount: n, quantity: n, unitPrice: n, year: n }], dataResources: [{ cost: n }] },
        change: { adjustmentAmount: n, contractAmount: n },
        completion: { warrantyYears: n },
        annualReport: { cloudUtilization: n },
      }));
    }
  });

  test('__proto__ keys from JSON.parse are ignored, never inherited, and pollute nothing', () => {
    const hostile = JSON.parse(`{
      "__proto__": { "application": { "projectType": "construction", "totalInvestment": 50000000, "fundingSources": ["fiscal"] } },
      "application": { "__proto__": { "projectType": "construction", "totalInvestment": 50000000, "fundingSources": ["fiscal"],
                                      "includes": { "machineRoom": true }, "deployment": "on-premise" },
                       "includes": { "__proto__": { "machineRoom": true } } },
      "budget": { "items": [{ "__proto__": { "amount": 1, "category": "other" } }], "dataResources": { "__proto__": [] } },
      "completion": { "__proto__": { "trialStart": "2020-01-01", "warrantyYears": 1 } },
      "change": { "__proto__": { "adjustmentAmount": 1, "contractAmount": 1, "withinBidControlPrice": false, "reason": "other" } }
    }`) as unknown;
    const ids = survives(hostile).map((f) => f.ruleId);
    expect(ids).toEqual([]);
    expect(({} as Record<string, unknown>).projectType).toBeUndefined();
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
  });

  test('own keys named like Object.prototype members are plain data', () => {
    const d = { application: { constructor: 1, toString: 'x', hasOwnProperty: 2, valueOf: null }, budget: { items: { length: 3 } } };
    expect(survives(d)).toEqual([]);
  });

  test('1 MB strings everywhere a string goes', () => {
    const big = 'x'.repeat(1 << 20);
    const d = dossierWith({
      application: { projectName: big, projectType: big, deployment: big, leadDepartment: big, coBuilders: [big], submittedOn: big, attachments: [big] },
      constructionPlan: { dataSharingAnalysis: big, cybersecurityAnalysis: ' '.repeat(1 << 20) },
      budget: { items: [{ category: 'development', name: big, year: 2024, quantity: 2, unitPrice: 1, amount: 3 }] },
      completion: { trialStart: big, acceptanceDate: big, attachments: [big] },
      annualReport: { operation: big, cycleEnd: big },
      change: { reason: big, adjustmentAmount: 1, contractAmount: 1, withinBidControlPrice: true },
    });
    const findings = survives(d);
    expect(findings.map((f) => f.ruleId)).toContain('art14.item-amount-mismatch');
    expect(findings.map((f) => f.ruleId)).toContain('art14.independent-chapter-missing');
  });

  test('deeply wrong shapes: nested arrays, numbers as lists, objects as lists, sparse and long arrays', () => {
    const sparse: unknown[] = [];
    sparse[5] = { category: 'development', amount: 1, name: 'x' };
    const shapes: unknown[] = [
      { application: { applicant: [], includes: 'all', dataSharing: [true], fundingSources: 'fiscal', attachments: { 0: 'application-form' }, constructionPeriod: [] } },
      { application: { fundingSources: [['fiscal']], coBuilders: [1, null, {}] }, budget: { items: [[{ amount: 1 }]], dataResources: [null, 1, 'x'] } },
      { budget: { items: sparse, dataResources: sparse } },
      { budget: { items: Array.from({ length: 10_000 }, (_, i) => ({ category: 'other', name: String(i), amount: 0.01, quantity: 1, unitPrice: 0.01 })) } },
      { completion: { attachments: 'supervision-contract', trialStart: ['2024-09-01'] }, annualReport: { operation: ['x'], submittedOn: {} } },
      { application: { projectType: 'construction', totalInvestment: 1e12, fundingSources: ['fiscal'] }, budget: { items: [{ category: 'development', name: 'max', amount: 1e12, quantity: 1e12, unitPrice: 1e12 }] } },
    ];
    for (const d of shapes) survives(d);
  });

  test('an invalid "today" or a negative policy value is the only thing that throws', () => {
    expect(() => checkDossier(sample(), { today: '2026-02-30' })).toThrow();
    expect(() => checkDossier(sample(), { today: TODAY, policy: { cloudUtilizationThresholdPercent: -1 } })).toThrow();
  });

  test('property: any value in any section never makes checkDossier throw', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      survives({ application: x, budget: x, completion: x, annualReport: x, change: x, constructionPlan: x });
    }), { numRuns: 300 });
  });

  test('property: exotic values (null prototypes, boxed values, sparse arrays, Maps, Dates, BigInts) never throw', () => {
    const exotic = fc.anything({
      withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true,
      withDate: true, withBigInt: true, withTypedArray: true, withObjectString: true,
    });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...SECTIONS), exotic), (d) => {
      survives(d);
    }), { numRuns: 300 });
  });

  test('property: the sample dossier with any of its fields replaced by any JSON value never throws', () => {
    const base = sample();
    const fieldsOf = SECTIONS.flatMap((s) => Object.keys(base[s] ?? {}).map((k) => [s, k] as const));
    const budgetItemFields = ['category', 'name', 'year', 'quantity', 'unitPrice', 'amount'];
    const edit = fc.oneof(
      fc.tuple(fc.constantFrom(...fieldsOf), fc.jsonValue()).map(([[s, k], v]) => ({ kind: 'field' as const, s, k, v })),
      fc.tuple(fc.nat({ max: 11 }), fc.constantFrom(...budgetItemFields), fc.jsonValue()).map(([i, k, v]) => ({ kind: 'item' as const, i, k, v })),
    );
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom('zh-CN', 'en'), (edits, locale) => {
      const d = sample();
      for (const e of edits) {
        if (e.kind === 'field') d[e.s]![e.k] = e.v;
        else {
          const items = d.budget!.items;
          if (Array.isArray(items) && typeof items[e.i] === 'object' && items[e.i] !== null) (items[e.i] as Record<string, unknown>)[e.k] = e.v;
        }
      }
      expectWellFormed(checkDossier(d, { today: TODAY, locale: locale as 'zh-CN' | 'en' }), locale as 'zh-CN' | 'en');
    }), { numRuns: 300 });
  });

  test('property: every JSON-parsed dossier (so __proto__ keys included) never throws', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...SECTIONS, '__proto__'), json), (sections) => {
      const text = `{${Object.entries(sections).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
      survives(JSON.parse(text));
    }), { numRuns: 200 });
  });
});

describe('findings are complete and point into the dossier', () => {
  test('the sample dossier yields no error finding', () => {
    expect(check(sample()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the sample dossier yields no warning either, only the art. 19 and art. 23 information', () => {
    expect(check(sample()).map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['info art19.technical-review', 'info art23.filing-allowed']);
  });

  /** Breaks as many rules as one dossier can, each at its boundary. */
  function badDossier() {
    const s = sample();
    const items = (s.budget.items as Record<string, unknown>[]).map((item, i) => {
      if (i === 0) return { ...item, amount: 1_200_000.01 };
      if (i === 3) return Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'year'));
      return item;
    }).filter((item) => item.category !== 'supervision');
    return dossierWith({
      application: {
        applicant: { ...(s.application.applicant as object), kind: 'public-institution' },
        totalInvestment: 4_000_000.01, planYear: 2025, submittedOn: '2024-10-01', inPlan: false, keyProject: true,
        classified: false, deployment: 'on-premise', platformIntegration: false, dataSharing: { committed: false, catalog: [] },
        crossDepartment: true, leadDepartment: '', coBuilders: [], constructionPeriod: { start: '2024-07-01', end: '2025-06-30' },
        includes: { machineRoom: true, videoConference: true, mobileApp: true },
        attachments: ['application-form', 'construction-plan', 'basis-materials'],
      },
      constructionPlan: { dataSharingAnalysis: '', cybersecurityAnalysis: ' ', features: '', secureReliableProducts: false, outsourcingSecurityCompliant: false },
      budget: { items, dataResources: [] },
      completion: {
        softwareDevelopment: true, trialStart: '2024-09-01', acceptanceDate: '2024-11-29', reportFiledOn: '2024-12-30',
        warrantyYears: 2.99, archiveAccepted: false, attachments: ['completion-report'],
      },
      annualReport: { operation: '', security: undefined, cycleEnd: '2025-12-31', submittedOn: '2025-12-31', cloudUtilization: 29.99 },
      change: { adjustmentAmount: 6_000_000.01, contractAmount: 60_000_000, withinBidControlPrice: false, reason: 'other' },
      milestones: { listedOn: '2024-03-01', procurementStartedOn: '2024-02-01' },
      performanceEvaluation: { year: 2024, submittedOn: '2025-01-05', applicantOpinion: '' },
      reviewOpinion: { kind: 'pre-review', conclusion: 'fail' },
    });
  }

  test('a dossier breaking many rules yields findings of every article, each citing it in zh-CN', () => {
    const d = badDossier();
    const findings = check(d);
    expect(new Set(findings.map((f) => f.article))).toEqual(new Set([6, 7, 8, 9, 12, 13, 14, 16, 17, 19, 20, 23, 24, 25, 29, 30, 31, 33, 36]));
    for (const f of findings) {
      expect(f.message, f.ruleId).toMatch(/第[一二三四五六七八九十]+条/);
      expect(f.message, f.ruleId).toContain(articleLabel(f.article));
    }
    expectWellFormed(findings);
  });

  test('findings come errors first, then warnings, then information, each group by article', () => {
    const findings = check(badDossier());
    const rank = { error: 0, warning: 1, info: 2 };
    const keys = findings.map((f) => rank[f.severity] * 100 + f.article);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  test('every path is a JSON Pointer whose parent exists in the dossier (the last token may be the field to fill in)', () => {
    const d = badDossier();
    for (const f of check(d)) {
      if (f.path === undefined) continue;
      expect(resolvePointer(d, f.path).parentExists, `${f.ruleId} ${f.path}`).toBe(true);
    }
  });

  test('paths of findings about a value that is there resolve to that value', () => {
    const d = badDossier();
    const about = ['art6.', 'art7.', 'art8.', 'art9.', 'art12.late', 'art14.machine', 'art14.video', 'art14.mobile', 'art14.item-amount', 'art14.budget-total',
      'art17.', 'art19.', 'art20.', 'art23.', 'art24.', 'art29.', 'art31.report-late', 'art31.archive', 'art33.', 'art36.submitted', 'art36.evaluation-late'];
    const checked = check(d).filter((f) => f.path !== undefined && about.some((p) => f.ruleId.startsWith(p)));
    expect(checked.length).toBeGreaterThan(15);
    for (const f of checked) expect(resolvePointer(d, f.path!).exists, `${f.ruleId} ${f.path}`).toBe(true);
  });

  test('the English locale gives every finding an English message citing "art."', () => {
    const findings = checkDossier(badDossier(), { today: TODAY, locale: 'en' });
    expect(findings.length).toBeGreaterThan(30);
    expectWellFormed(findings, 'en');
    for (const f of findings) expect(f.message, f.ruleId).toMatch(/\bart\. \d+/);
  });

  test('the two locales give the same findings, only the words differ', () => {
    const strip = (fs: Finding[]) => fs.map(({ message: _message, ...rest }) => rest);
    const d = badDossier();
    expect(strip(checkDossier(d, { today: TODAY, locale: 'en' }))).toEqual(strip(check(d)));
  });
});
