/** The 数据资源 sheet: data resources and their costs (art. 14(2)); costs count in the budget total. */
import { formatFen, yuanToFen } from '@govforms/core';
import { cellText, cleanText, fitWidth } from './cell-text.js';
import type { PreparedResource } from './prepare-budget.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { RESOURCE_HEADERS, SHEET } from './workbook-labels.js';

export const RESOURCE_COL = { index: 'A', name: 'B', provider: 'C', description: 'D', cost: 'E' } as const;

const HEADER_STYLES = Object.values(RESOURCE_HEADERS).map(() => STYLE.header);
const ROW_STYLES = [STYLE.integer, STYLE.text, STYLE.text, STYLE.text, STYLE.money];

const optional = (s: string | undefined) => (s === undefined ? null : cellText(s));

function* rows(resources: readonly PreparedResource[]): Generator<PlanRow> {
  yield { cells: Object.values(RESOURCE_HEADERS), styles: HEADER_STYLES };
  let i = 0;
  for (const r of resources) {
    yield { cells: [++i, cellText(r.name), optional(r.provider), optional(r.description), r.cost ?? null], styles: ROW_STYLES };
  }
}

export function resourcesSheet(resources: readonly PreparedResource[]): SheetPlan {
  const h = RESOURCE_HEADERS;
  const texts = (pick: (r: PreparedResource) => string | undefined, header: string) =>
    [header, ...resources.map((r) => cleanText(pick(r) ?? ''))];
  const widestCost = resources.reduce((m, r) => Math.max(m, r.cost ?? 0), 0);
  return {
    name: SHEET.resources,
    columns: [
      { width: 6, style: STYLE.integer },
      { width: fitWidth(texts((r) => r.name, h.name), 16, 50), style: STYLE.text },
      { width: fitWidth(texts((r) => r.provider, h.provider), 12, 40), style: STYLE.text },
      { width: fitWidth(texts((r) => r.description, h.description), 16, 60), style: STYLE.text },
      { width: fitWidth([h.cost, formatFen(yuanToFen(widestCost) ?? 0)], 12, 22), style: STYLE.money },
    ],
    rows: rows(resources),
    frozenRows: 1,
    autoFilter: `A1:E${Math.max(2, resources.length + 1)}`,
    landscape: true,
    printTitleRows: '1:1',
  };
}
