import type { Dossier } from '@govforms/core';
import { listDocumentTemplates, renderDocument } from '@govforms/docx';

/** Something `govforms generate <id>` can produce from a dossier. */
export interface Generator {
  /** The CLI's target id: a document template id or 'budget-xlsx'. */
  id: string;
  extension: '.docx' | '.xlsx';
  /** zh-CN name, e.g. 预算明细表（Excel）. */
  title: string;
  generate(dossier: Dossier): Promise<Uint8Array>;
}

/** Every generator, in the order `batch` produces them. Each package adds its own entries. */
export const generators: Generator[] = [];

// The four Word documents of @govforms/docx: 项目申报表（Word） etc.
for (const { id, title } of listDocumentTemplates()) {
  generators.push({ id, extension: '.docx', title: `${title}（Word）`, generate: (d) => renderDocument(id, d) });
}
// exceljs is the heaviest import (~130 ms): loaded on first use, so `check`, `validate` and the
// batch coordinator (which never renders) start without it.
generators.push({
  id: 'budget-xlsx', extension: '.xlsx', title: '预算明细表（Excel）',
  generate: async (d) => (await import('@govforms/xlsx')).buildBudgetWorkbook(d),
});

export function findGenerator(id: string): Generator | undefined {
  return generators.find((g) => g.id === id);
}
