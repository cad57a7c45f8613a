import { describe, expect, test } from 'vitest';
import { annualReportSections, basicChapters, completionMaterials, documentKinds, getForm, independentChapters } from './index.js';

// The lists the regulation fixes (chapters, materials, report sections) are exported for the
// document templates; each names fields and document kinds that exist.
describe('regulation lists exported for documents', () => {
  const properties = (id: string) => Object.keys(getForm(id).schema.properties as object);
  test('art. 14(1) chapters and the two art. 14(5) chapters are construction-plan fields, in order', () => {
    expect(basicChapters[0]).toBe('background');
    expect(basicChapters.at(-1)).toBe('innovationScenarios');
    for (const c of [...basicChapters, ...independentChapters.map(([c]) => c)]) expect(properties('construction-plan')).toContain(c);
    expect(independentChapters.map(([, kind]) => kind)).toEqual(['data-sharing-analysis', 'cybersecurity-analysis']);
  });
  test('art. 31 materials are document kinds, led by the acceptance report', () => {
    expect(completionMaterials[0]).toBe('completion-report');
    for (const k of completionMaterials) expect(documentKinds.map((d) => d.const)).toContain(k);
  });
  test('art. 36 report sections are annual-report fields', () => {
    expect(annualReportSections).toEqual(['operation', 'security', 'usage', 'funding', 'outcomes']);
    for (const s of annualReportSections) expect(properties('annual-report')).toContain(s);
  });
});
