import { findFormForDossierKey, validateForm, type Dossier, type DossierKey, type FormDefinition, type Locale, type ValidationError } from '@govforms/core';
import { documentTemplates, renderDocument, templateTitle, type RenderWarning } from '@govforms/docx';
import { cliMessages } from './messages.js';

/** A department's own Word template for a document (`generate --template --mapping`), and where render warnings go. */
export interface GenerateOptions {
  template?: Uint8Array;
  mapping?: Record<string, string>;
  onWarning?: (warning: RenderWarning) => void;
  /** A 草稿-marked document from unfinished material (`generate --draft`). */
  draft?: boolean;
}

/** Something `govforms generate <id>` can produce from a dossier. */
export interface Generator {
  /** The CLI's target id: a document template id or 'budget-xlsx'. */
  id: string;
  extension: '.docx' | '.xlsx';
  /** Its name in the locale, e.g. 预算明细表（Excel）. */
  title: string;
  /** The dossier sections it is made from (templates/<id>/template.json "uses"): those present must be valid. */
  uses: readonly DossierKey[];
  generate(dossier: Dossier, opts?: GenerateOptions): Promise<Uint8Array>;
}

/** The workbook's sheets show the budget, and the project's name, applicant and total investment from the application. */
const BUDGET_WORKBOOK_USES: readonly DossierKey[] = ['budget', 'application'];

/**
 * Every generator, in the order `batch` produces them: each Word document docx has a template
 * for (its registry, derived from templates/*), then the budget workbook. Errors in `locale`.
 */
export function generatorsFor(locale: Locale): Generator[] {
  const m = cliMessages(locale);
  return [
    ...documentTemplates.map((def): Generator => ({
      id: def.id, extension: '.docx', title: m.wordDocument({ title: templateTitle(def, locale) }), uses: def.uses,
      generate: (d, opts = {}) => renderDocument(def.id, d, { locale, ...opts }),
    })),
    // exceljs is the heaviest import (~130 ms): loaded on first use, so `check`, `validate` and the
    // batch coordinator (which never renders) start without it.
    {
      id: 'budget-xlsx', extension: '.xlsx', title: m.budgetWorkbook(), uses: BUDGET_WORKBOOK_USES,
      generate: async (d, opts = {}) => (await import('@govforms/xlsx')).buildBudgetWorkbook(d, { locale, draft: opts.draft }),
    },
  ];
}

export function findGenerator(id: string, locale: Locale): Generator | undefined {
  return generatorsFor(locale).find((g) => g.id === id);
}

export interface InvalidSection {
  key: DossierKey;
  form: FormDefinition;
  errors: ValidationError[];
}

/**
 * The sections `g` is made from that the dossier has and that do not match their form: a
 * document is never made from them (it would print "abc" as the total investment). Sections
 * the dossier lacks are not errors here: the document shows them as （未填写）.
 */
export function invalidSections(g: Generator, dossier: Record<string, unknown>, locale: Locale): InvalidSection[] {
  return g.uses.flatMap((key) => {
    const form = findFormForDossierKey(key);
    if (!form || !Object.hasOwn(dossier, key)) return [];
    const { errors } = validateForm(form.id, dossier[key], { locale });
    return errors.length ? [{ key, form, errors }] : [];
  });
}
