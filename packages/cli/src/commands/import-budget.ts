import {
  budgetDiff, describeBudgetDiff, formTitle, getForm, GovformsError, isPlainObject, validateForm, words,
  type BudgetDiffView, type Locale,
} from '@govforms/core';
import type { BudgetData } from '@govforms/xlsx';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { checkOutputPath } from '../output-path.js';
import { readInputFile, readJsonFile } from '../read-json.js';
import { writeFileAtomic } from '../write-atomic.js';
import { formatErrors } from './validate.js';

/** The budget in the workbook; a workbook that is not one of ours names its problem (and the sheet and cell). */
async function readWorkbook(io: CliIO, path: string, locale: Locale): Promise<BudgetData> {
  const bytes = await readInputFile(io, path);
  // exceljs is the heaviest import: loaded here, so the other commands start without it.
  const { readBudgetWorkbook } = await import('@govforms/xlsx');
  try {
    return await readBudgetWorkbook(bytes, { locale });
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(cliText().cannotImport({ path, problem: e.message }), EXIT.invalid, e.code, e.path);
    throw e;
  }
}

/** The budget section of the dossier at `path` (`{}` when it has none yet). */
async function dossierBudget(io: CliIO, path: string): Promise<unknown> {
  const dossier = await readJsonFile(io, path);
  if (!isPlainObject(dossier)) throw new CliFailure(cliText().dossierNotObject(), EXIT.invalid, 'invalid-dossier', '');
  return Object.hasOwn(dossier, 'budget') ? dossier.budget : {};
}

/** The diff as people read it: the summary, one line per row (its fields below it), the totals before → after. */
function diffText(view: BudgetDiffView, dossierPath: string, locale: Locale): string {
  const t = cliText();
  const sep = words(locale).labelSeparator();
  const rows = view.rows.map((r) => {
    const amount = r.amount ? `  ${words(locale).yuan({ amount: r.amount })}` : '';
    return `  ${r.kindLabel}  ${r.listLabel} ${r.where}${sep}${r.name}${amount}\n${r.details.map((d) => `        ${d}\n`).join('')}`;
  });
  const totals = view.totals.map(({ label, before, after, change, changed }) => `  ${changed ? t.diffTotal({ label, before, after, change }) : t.diffTotalSame({ label, before })}\n`);
  return `${t.diffHeader({ path: dossierPath })}\n${view.summary}\n${rows.join('')}${t.diffTotals()}\n${totals.join('')}`;
}

/** `govforms import-budget <budget.xlsx> [-o budget.json] [--dossier dossier.json] [--json]` */
export async function importBudgetCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [file] = args.positionals;
  const { output, dossier } = args.flags;
  if (!file) throw new CliFailure(t.missingArgs({ what: t.arguments.importBudget() }), EXIT.usage, 'missing-arguments');
  const dossierPath = typeof dossier === 'string' ? dossier : undefined;
  if (typeof output === 'string') checkOutputPath(output, '.json', t.budgetJson(), [file, ...(dossierPath ? [dossierPath] : [])]);

  const before = dossierPath === undefined ? undefined : await dossierBudget(io, dossierPath);
  const budget = await readWorkbook(io, file, locale);
  const json = `${JSON.stringify(budget, null, 2)}\n`;

  const form = getForm('budget');
  const { errors } = validateForm(form.id, budget, { locale });
  if (errors.length > 0) {
    const w = words(locale);
    io.stderr(`${w.severity.warning()}${w.labelSeparator()}${t.importedInvalid({ title: formTitle(form, locale), count: errors.length })}\n${formatErrors(errors, locale)}`);
  }

  if (typeof output === 'string') {
    try {
      writeFileAtomic(output, new TextEncoder().encode(json));
    } catch (e) {
      throw new CliFailure(t.cannotWrite({ path: output, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage, 'cannot-write');
    }
  }
  if (dossierPath !== undefined) {
    const diff = budgetDiff(before, budget);
    io.stdout(args.flags.json ? `${JSON.stringify(diff, null, 2)}\n` : diffText(describeBudgetDiff(diff, locale), dossierPath, locale));
  } else if (typeof output !== 'string') {
    io.stdout(json);
  }
  if (typeof output === 'string' && !args.flags.json) {
    io.stdout(`${t.imported({ items: budget.items.length, resources: budget.dataResources.length, path: output })}\n`);
  }
  return EXIT.ok;
}
