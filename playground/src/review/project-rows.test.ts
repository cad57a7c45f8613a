import { summarizeBudget, yuanToFen } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { LATE_PROJECT, PROJECT_WITH_ERRORS, reviewDossier } from '../../../testing/review-dossiers.js';
import { projectRows, selectionTotals, sortRows, type ProjectRow } from './project-rows.js';
import { readPickedFiles } from './read-files.js';

const TODAY = '2026-11-25';

async function rows(count: number): Promise<ProjectRow[]> {
  const files = Array.from({ length: count }, (_, i) => {
    const bytes = new TextEncoder().encode(JSON.stringify(reviewDossier(i + 1)));
    return { name: `${i + 1}.json`, size: () => bytes.byteLength, bytesUpTo: async () => bytes };
  });
  const { loaded } = await readPickedFiles(files, [], 'zh-CN');
  return projectRows(loaded, { today: TODAY, locale: 'zh-CN' });
}

describe('the review table’s rows', () => {
  it('the totals row is the sum of summarizeBudget’s totals, exact to the fen', async () => {
    const r = await rows(20);
    const expected = Array.from({ length: 20 }, (_, i) => yuanToFen(summarizeBudget(reviewDossier(i + 1).budget!).total)!)
      .reduce((a, b) => a + b, 0);
    const totals = selectionTotals(r);
    expect(totals.totalFen).toBe(expected);
    expect(totals).toMatchObject({ projects: 20, withoutBudget: 0, errors: 1, overdue: 1 });
  });

  it('a project without a budget adds nothing to the total and is counted as such', async () => {
    const [row] = await rows(1);
    const noBudget: ProjectRow = { ...row!, index: 2, summary: { ...row!.summary, budget: undefined } };
    expect(selectionTotals([row!, noBudget])).toMatchObject({ totalFen: row!.summary.budget!.totalFen, withoutBudget: 1 });
  });

  it('sorts by total both ways; ties keep the files’ order', async () => {
    const r = await rows(12);
    const totals = (xs: ProjectRow[]) => xs.map((x) => x.summary.budget!.totalFen);
    const up = totals(sortRows(r, { key: 'total', direction: 'ascending' }));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(totals(sortRows(r, { key: 'total', direction: 'descending' }))).toEqual([...up].reverse());
    const same = r.map((x) => ({ ...x, summary: { ...x.summary, counts: { error: 0, warning: 0, info: 0 } } }));
    expect(sortRows(same, { key: 'findings', direction: 'descending' }).map((x) => x.index)).toEqual(r.map((x) => x.index));
  });

  it('by findings the project with errors comes first; by lateness the late one, with its days overdue', async () => {
    const r = await rows(15);
    expect(sortRows(r, { key: 'findings', direction: 'descending' })[0]!.index).toBe(PROJECT_WITH_ERRORS);
    const late = sortRows(r, { key: 'lateness', direction: 'descending' })[0]!;
    expect(late.index).toBe(LATE_PROJECT);
    expect(late.summary.next).toMatchObject({ status: 'overdue', dueOn: '2024-12-31' });
    expect(late.overdueDays).toBe(694);
    expect(sortRows(r, { key: 'lateness', direction: 'ascending' }).at(-1)!.index).toBe(LATE_PROJECT);
  });
});
