/** Dossiers for the projects summary tests: the sample with different budgets, years and names. */
import { fenToYuan, sampleDossier, summarizeBudget, yuanToFen, type Dossier } from '@govforms/core';

type Item = { category: string; name: string; amount: number; year?: number; quantity?: number; unitPrice?: number };
type Project = Dossier & { application: Record<string, unknown>; budget: { items: Item[]; dataResources: { name: string; cost: number }[] } };

export const TODAY = '2026-11-25';

/** The sample dossier with `items` (and data resources) as its budget and a total investment that matches. */
export function project(name: string, items: Item[], resources: { name: string; cost: number }[] = []): Project {
  const d = sampleDossier() as unknown as Project;
  d.budget = { items, dataResources: resources };
  d.application = { ...d.application, projectName: name, totalInvestment: summarizeBudget(d.budget).total };
  return d;
}

/**
 * Four projects: the sample itself (2024, nothing due), one over 2024–2025 with odd fen whose
 * acceptance report was never filed (overdue: a next step with its date), one whose 2027 and
 * no-year items no other project has, and an O&M project of one item. Every total is exact to
 * the fen only if summed in fen (0.1 + 0.2 style amounts).
 */
export function projects(): Project[] {
  const sample = sampleDossier() as unknown as Project;
  return [
    sample,
    project('数字城管平台升级项目', [
      { category: 'development', name: '平台升级开发', year: 2024, amount: 1_234_567.89 },
      { category: 'implementation', name: '部署实施', year: 2025, amount: 0.1 },
      { category: 'training', name: '培训', year: 2025, amount: 0.2 },
      { category: 'supervision', name: '监理', year: 2025, amount: 45_678.01 },
    ], [{ name: '地理信息数据', cost: 10_000.33 }]),
    project('不动产登记数据共享项目', [
      { category: 'development', name: '共享接口开发', year: 2027, amount: 8_888_888.88 },
      { category: 'other', name: '等保测评', amount: 66_666.67 },
    ]),
    project('政务外网运维服务', [{ category: 'maintenance', name: '年度运维', year: 2025, amount: 300_000.03 }]),
  ].map((d, i) => {
    if (i === 1) {
      const { reportFiledOn: _unfiled, ...completion } = d.completion as Record<string, unknown>;
      return { ...d, completion };
    }
    return i === 3 ? { ...d, application: { ...d.application, projectType: 'operation' } } : d;
  });
}

/** Σ summarizeBudget(d.budget).total, added in fen. */
export function grandTotal(list: Dossier[]): number {
  return fenToYuan(list.reduce((fen, d) => fen + yuanToFen(summarizeBudget(d.budget as object).total)!, 0));
}
