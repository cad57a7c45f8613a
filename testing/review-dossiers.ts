/**
 * A year's dossiers for the review page's tests: the sample dossier renamed, each with its own
 * budget total (an extra line item, the total investment kept equal), one project late (its
 * completion never filed) and one with an error (a total investment that differs from its budget).
 */
import { sampleDossier, type Dossier } from '@govforms/core';

export const LATE_PROJECT = 8;
export const PROJECT_WITH_ERRORS = 13;

type App = { projectName: string; applicant: { name: string }; totalInvestment: number };
type Budget = { items: Record<string, unknown>[] };

/** Project `n` (1-based) of `count`. */
export function reviewDossier(n: number): Dossier {
  const d = sampleDossier() as Dossier & { application: App; budget: Budget };
  d.application.projectName = `信息化项目 ${String(n).padStart(3, '0')}`;
  d.application.applicant.name = `宿迁市第${n % 7 + 1}局`;
  // Amounts to the fen, different per project, none the same as another's.
  const extraFen = ((n * 7919) % 5000) * 100_003 + n;
  d.budget.items.push({ category: 'other', name: '调整项', year: 2024, amount: extraFen / 100 });
  const totalFen = Math.round(d.application.totalInvestment * 100) + extraFen;
  d.application.totalInvestment = totalFen / 100;
  if (n === LATE_PROJECT) {
    delete d.completion;
    delete d.annualReport;
    delete d.performanceEvaluation;
  }
  if (n === PROJECT_WITH_ERRORS) d.application.totalInvestment = 100;
  return d;
}

/** `count` dossiers as files: name and JSON text. */
export function reviewDossierFiles(count: number): { name: string; text: string; dossier: Dossier }[] {
  return Array.from({ length: count }, (_, i) => {
    const dossier = reviewDossier(i + 1);
    return { name: `项目-${String(i + 1).padStart(3, '0')}.json`, text: JSON.stringify(dossier, null, 2), dossier };
  });
}
