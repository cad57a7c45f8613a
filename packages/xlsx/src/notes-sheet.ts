/** The 说明 sheet: what each sheet holds, when, from which form and rule versions and from which data it was generated. */
import type { Provenance } from '@govforms/core/provenance';
import { budgetSchemaFacts } from './budget-schema.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { SHEET, W } from './workbook-labels.js';

/** `2026-11-25 14:03`, in China time (UTC+8, no daylight saving), whatever the machine's zone. */
export function chinaDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const ROW = [STYLE.label, STYLE.wrappedText];

export function notesSheet(generatedAt: Date, provenance: Provenance): SheetPlan {
  const N = W.notes;
  const { formTitle, formVersion } = budgetSchemaFacts();
  const entries: [string, string][] = [
    [N.basis(), N.basisText()],
    [N.generatedAt(), N.generatedAtText({ time: chinaDateTime(generatedAt) })],
    [N.generatedBy(), N.generatedByText()],
    [N.formVersion(), N.formVersionText({ form: formTitle, version: formVersion })],
    [N.rulesVersion(), N.rulesVersionText({ version: provenance.rules })],
    [N.digest(), N.digestText({ digest: provenance.digest })],
    ...(['summary', 'items', 'resources', 'notes'] as const).map((k): [string, string] => [N.sheet({ sheet: SHEET[k] }), N.sheetText[k]()]),
    [N.editing(), N.editingText()],
    [N.importing(), N.importingText()],
  ];
  const rows: PlanRow[] = [
    { cells: [N.title()], styles: [STYLE.title] },
    { cells: [N.headerTopic(), N.headerContent()], styles: [STYLE.header, STYLE.header] },
    ...entries.map(([k, v]) => ({ cells: [k, v], styles: ROW })),
  ];
  return {
    name: SHEET.notes,
    columns: [{ width: 20, style: STYLE.none }, { width: 100, style: STYLE.none }],
    rows,
  };
}
