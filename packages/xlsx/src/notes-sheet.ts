/** The 说明 sheets: what each sheet holds, when, from which form and rule versions and from which data it was generated. */
import type { DraftGap } from '@govforms/core';
import type { Provenance } from '@govforms/core/provenance';
import { budgetSchemaFacts } from './budget-schema.js';
import { wrappedRowHeight } from './cell-text.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { SHEET, W } from './workbook-labels.js';

/** `2026-11-25 14:03`, in China time (UTC+8, no daylight saving), whatever the machine's zone. */
export function chinaDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const ROW = [STYLE.label, STYLE.wrappedText];
const WIDTHS = [20, 100] as const;

/** A topic / content row, as tall as its wrapped content. */
export function notesRow(topic: string, content: string, styles: PlanRow['styles'] = ROW): PlanRow {
  const height = wrappedRowHeight([{ text: topic, width: WIDTHS[0] }, { text: content, width: WIDTHS[1] }]);
  return { cells: [topic, content], styles, ...(height ? { height } : {}) };
}

/** A 说明 sheet: its title, a topic / content table, then any rows of its own (e.g. a list of files). */
export function notesPlan(name: string, title: string, headers: readonly [string, string], entries: readonly (readonly [string, string])[],
  after: readonly PlanRow[] = []): SheetPlan {
  const rows: PlanRow[] = [
    { cells: [title], styles: [STYLE.title] },
    { cells: [...headers], styles: [STYLE.header, STYLE.header] },
    ...entries.map(([k, v]) => notesRow(k, v)),
    ...after,
  ];
  return {
    name,
    columns: WIDTHS.map((width) => ({ width, style: STYLE.none })),
    rows,
  };
}

/** A draft's rows: the notice, then each gap on its own row. */
function draftEntries(gaps: readonly DraftGap[]): [string, string][] {
  const D = W.draft;
  if (gaps.length === 0) return [[D.topic(), D.noticeComplete()]];
  return [[D.topic(), D.notice({ count: gaps.length })], ...gaps.map((g, i): [string, string] => ['', D.gap({ n: i + 1, label: g.label, message: g.message })])];
}

export function notesSheet(generatedAt: Date, provenance: Provenance, gaps?: readonly DraftGap[]): SheetPlan {
  const N = W.notes;
  const { formTitle, formVersion } = budgetSchemaFacts();
  return notesPlan(SHEET.notes, N.title(), [N.headerTopic(), N.headerContent()], [
    ...(gaps ? draftEntries(gaps) : []),
    [N.basis(), N.basisText()],
    [N.generatedAt(), N.generatedAtText({ time: chinaDateTime(generatedAt) })],
    [N.generatedBy(), N.generatedByText()],
    [N.formVersion(), N.formVersionText({ form: formTitle, version: formVersion })],
    [N.rulesVersion(), N.rulesVersionText({ version: provenance.rules })],
    [N.digest(), N.digestText({ digest: provenance.digest })],
    ...(['summary', 'items', 'resources', 'notes'] as const).map((k): [string, string] => [N.sheet({ sheet: SHEET[k] }), N.sheetText[k]()]),
    [N.editing(), N.editingText()],
    [N.importing(), N.importingText()],
  ]);
}
