/** The 审核要点 sheet: every finding of every project, with its article and severity, for reviewers to filter. */
import { articleLabel } from '@govforms/core';
import { cellText, wrappedRowHeight } from './cell-text.js';
import type { ProjectSummary } from './projects-prepare.js';
import type { ProjectsLabels } from './projects-labels.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';

const ROW_STYLES = [STYLE.integer, STYLE.wrappedText, STYLE.text, STYLE.text, STYLE.wrappedText];
const NAME_WIDTH = 24;
const MESSAGE_WIDTH = 80;

function* rows(projects: readonly ProjectSummary[], L: ProjectsLabels, headers: string[]): Generator<PlanRow> {
  yield { cells: headers, styles: headers.map(() => STYLE.header) };
  // A thousand projects share a few dozen articles: each label is formatted once.
  const articles = new Map<number, string>();
  const article = (n: number) => articles.get(n) ?? articles.set(n, articleLabel(n, L.locale)).get(n)!;
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i]!;
    const name = p.projectName === undefined ? null : cellText(p.projectName);
    for (const f of p.findings) {
      const message = cellText(f.message);
      const height = wrappedRowHeight([{ text: name ?? '', width: NAME_WIDTH }, { text: message, width: MESSAGE_WIDTH }]);
      yield { cells: [i + 1, name, article(f.article), L.severity[f.severity], message], styles: ROW_STYLES, ...(height ? { height } : {}) };
    }
  }
}

export function findingsSheet(projects: readonly ProjectSummary[], L: ProjectsLabels): SheetPlan {
  const F = L.P.findings;
  const headers = [F.projectIndex(), F.project(), F.article(), F.severity(), F.message()];
  const count = projects.reduce((n, p) => n + p.findings.length, 0);
  return {
    name: L.P.sheets.findings(),
    columns: [
      { width: 8, style: STYLE.integer },
      { width: NAME_WIDTH, style: STYLE.wrappedText },
      { width: 12, style: STYLE.text },
      { width: 8, style: STYLE.text },
      { width: MESSAGE_WIDTH, style: STYLE.wrappedText },
    ],
    rows: rows(projects, L, headers),
    frozenRows: 1,
    autoFilter: `A1:E${Math.max(2, count + 1)}`,
    landscape: true,
    printTitleRows: '1:1',
    pageFooter: L.shared.pageFooter(),
  };
}
