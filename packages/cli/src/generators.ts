import type { Dossier, Locale } from '@govforms/core';
import { listDocumentTemplates, renderDocument } from '@govforms/docx';
import { cliMessages } from './messages.js';

/** Something `govforms generate <id>` can produce from a dossier. */
export interface Generator {
  /** The CLI's target id: a document template id or 'budget-xlsx'. */
  id: string;
  extension: '.docx' | '.xlsx';
  /** Its name in the locale, e.g. 预算明细表（Excel）. */
  title: string;
  generate(dossier: Dossier): Promise<Uint8Array>;
}

/**
 * Every generator, in the order `batch` produces them: each Word document docx has a template
 * for (its registry, derived from templates/*), then the budget workbook. Errors in `locale`.
 */
export function generatorsFor(locale: Locale): Generator[] {
  const m = cliMessages(locale);
  return [
    ...listDocumentTemplates(locale).map(({ id, title }): Generator => ({
      id, extension: '.docx', title: m.wordDocument({ title }), generate: (d) => renderDocument(id, d, { locale }),
    })),
    // exceljs is the heaviest import (~130 ms): loaded on first use, so `check`, `validate` and the
    // batch coordinator (which never renders) start without it.
    {
      id: 'budget-xlsx', extension: '.xlsx', title: m.budgetWorkbook(),
      generate: async (d) => (await import('@govforms/xlsx')).buildBudgetWorkbook(d),
    },
  ];
}

export function findGenerator(id: string, locale: Locale): Generator | undefined {
  return generatorsFor(locale).find((g) => g.id === id);
}
