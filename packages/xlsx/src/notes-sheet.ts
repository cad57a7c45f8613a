/** The 说明 sheets: what each sheet holds, when and from which form version it was generated. */
import { budgetSchemaFacts } from './budget-schema.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { SHEET, W } from './workbook-labels.js';

/** `2026-11-25 14:03`, in China time (UTC+8, no daylight saving), whatever the machine's zone. */
export function chinaDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const ROW = [STYLE.label, STYLE.wrappedText];

/** A 说明 sheet: its title, a topic / content table, then any rows of its own (e.g. a list of files). */
export function notesPlan(name: string, title: string, headers: readonly [string, string], entries: readonly (readonly [string, string])[],
  after: readonly PlanRow[] = []): SheetPlan {
  const rows: PlanRow[] = [
    { cells: [title], styles: [STYLE.title] },
    { cells: [...headers], styles: [STYLE.header, STYLE.header] },
    ...entries.map(([k, v]) => ({ cells: [k, v], styles: ROW })),
    ...after,
  ];
  return {
    name,
    columns: [{ width: 20, style: STYLE.none }, { width: 100, style: STYLE.none }],
    rows,
  };
}

export function notesSheet(generatedAt: Date): SheetPlan {
  const N = W.notes;
  const { formTitle, formVersion } = budgetSchemaFacts();
  return notesPlan(SHEET.notes, N.title(), [N.headerTopic(), N.headerContent()], [
    [N.basis(), N.basisText()],
    [N.generatedAt(), N.generatedAtText({ time: chinaDateTime(generatedAt) })],
    [N.generatedBy(), N.generatedByText()],
    [N.formVersion(), N.formVersionText({ form: formTitle, version: formVersion })],
    ...(['summary', 'items', 'resources', 'notes'] as const).map((k): [string, string] => [N.sheet({ sheet: SHEET[k] }), N.sheetText[k]()]),
    [N.editing(), N.editingText()],
    [N.importing(), N.importingText()],
  ]);
}
