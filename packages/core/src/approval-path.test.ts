import { describe, expect, test } from 'vitest';
import { approvalPath } from './approval-path.js';
import { checkDossier } from './check-dossier.js';
import { GovformsError } from './errors.js';
import { consistentTotal, dossierWith, mergePatches } from '../test-support/rules.js';
import type { Dossier } from './types.js';

/** A fiscal construction project whose budget adds up to the total. */
function project(totalYuan: number, application: Record<string, unknown> = {}): Dossier {
  return dossierWith(mergePatches(consistentTotal(totalYuan), {
    application: { projectType: 'construction', fundingSources: ['fiscal'], ...application },
  })) as Dossier;
}

const path = (technicalReview: boolean, approval: boolean, combinedFiling: boolean) => ({ technicalReview, approval, combinedFiling });

describe('approvalPath: the art. 19 and art. 20 steps, as the rules decide them', () => {
  test('art. 19: 999,999.99 yuan needs no review; exactly the 1,000,000 limit (以上) needs the technical review', () => {
    expect(approvalPath(project(999_999.99))).toEqual(path(false, false, false));
    expect(approvalPath(project(1_000_000))).toEqual(path(true, false, false));
  });

  test('art. 19: the policy limit moves the boundary', () => {
    expect(approvalPath(project(1_500_000), { policy: { procurementLimitYuan: 2_000_000 } }).technicalReview).toBe(false);
    expect(approvalPath(project(2_000_000), { policy: { procurementLimitYuan: 2_000_000 } }).technicalReview).toBe(true);
  });

  test('art. 20: exactly 4,000,000 yuan needs no approval; 4,000,000.01 needs it and may file together', () => {
    expect(approvalPath(project(4_000_000))).toEqual(path(true, false, false));
    expect(approvalPath(project(4_000_000.01))).toEqual(path(true, true, true));
  });

  test('art. 20: 10,000,000.00 yuan (1000万元以下, inclusive) may file together; 10,000,000.01 may not', () => {
    expect(approvalPath(project(10_000_000))).toEqual(path(true, true, true));
    expect(approvalPath(project(10_000_000.01))).toEqual(path(true, true, false));
  });

  test('art. 20: without budget money, or for an O&M project, no approval', () => {
    expect(approvalPath(project(20_000_000, { fundingSources: ['soe'] }))).toEqual(path(true, false, false));
    expect(approvalPath(project(20_000_000, { projectType: 'operation' }))).toEqual(path(false, false, false));
  });

  test('agrees with the findings checkDossier gives for the same dossier', () => {
    for (const total of [999_999.99, 1_000_000, 4_000_000.01, 10_000_000, 10_000_000.01]) {
      const d = project(total);
      const ids = new Set(checkDossier(d, { today: '2026-11-25' }).map((f) => f.ruleId));
      expect(approvalPath(d)).toEqual(path(ids.has('art19.technical-review'), ids.has('art20.approval-documents'), ids.has('art20.combined-submission')));
    }
  });

  test('an empty or malformed dossier needs nothing; a bad policy value is an error', () => {
    expect(approvalPath({})).toEqual(path(false, false, false));
    expect(approvalPath({ application: [] as unknown as object })).toEqual(path(false, false, false));
    expect(() => approvalPath(project(1_000_000), { policy: { procurementLimitYuan: -1 } })).toThrow(GovformsError);
  });
});
