/**
 * "从 Excel 导入预算": an edited budget workbook read in the browser (exceljs loaded on first use,
 * nothing uploaded), its changes to the form's budget shown in a modal dialog, applied only on
 * "应用". Cancel, Esc or any error leave the form's data as it is.
 */
import { budgetDiff, describeBudgetDiff, type BudgetDiffView, type Locale } from '@govforms/core';
import { lazy, Suspense, useRef, useState } from 'react';
import { isMissingGenerator, readBudgetXlsx } from './generators.js';
import type { PlaygroundMessages } from './messages.js';

// The dialog (and focus-trap) is loaded with the first import, not with the page.
const BudgetImportDialog = lazy(() => import('./BudgetImportDialog.js').then((m) => ({ default: m.BudgetImportDialog })));

export type ImportStep =
  | { state: 'closed' }
  | { state: 'reading'; file: string }
  | { state: 'ready'; file: string; budget: object; view: BudgetDiffView }
  | { state: 'failed'; file: string; problem: string };

export interface BudgetImportProps {
  /** The budget the form holds now (what the import would replace). */
  budget: unknown;
  locale: Locale;
  t: PlaygroundMessages;
  onApply(budget: object, file: string): void;
}

export function BudgetImport({ budget, locale, t, onApply }: BudgetImportProps) {
  const m = t.budgetImport;
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<ImportStep>({ state: 'closed' });
  // A read that finishes after its dialog was cancelled is dropped.
  const current = useRef(0);

  // Once shown, the dialog stays mounted (closed), so closing it returns the focus as a dialog does.
  const [used, setUsed] = useState(false);

  const read = async (chosen: File) => {
    const token = ++current.current;
    setUsed(true);
    setStep({ state: 'reading', file: chosen.name });
    let next: ImportStep;
    try {
      const imported = await readBudgetXlsx(new Uint8Array(await chosen.arrayBuffer()), locale);
      next = { state: 'ready', file: chosen.name, budget: imported, view: describeBudgetDiff(budgetDiff(budget, imported), locale) };
    } catch (e) {
      const problem = isMissingGenerator(e) ? t.exports.generatorMissing() : e instanceof Error ? e.message : String(e);
      next = { state: 'failed', file: chosen.name, problem };
    }
    if (token === current.current) setStep(next);
  };
  const close = () => {
    current.current++;
    setStep({ state: 'closed' });
  };

  return (
    <>
      <button type="button" className="pg-button" data-import="budget-xlsx" onClick={() => input.current?.click()}>{m.button()}</button>
      <input
        ref={input} type="file" className="pg-hidden" tabIndex={-1} aria-label={m.fileLabel()}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void read(chosen);
        }}
      />
      {step.state !== 'closed' || used ? (
        <Suspense fallback={null}>
          <BudgetImportDialog
            step={step} t={t} onCancel={close}
            onApply={() => {
              if (step.state !== 'ready') return;
              close();
              onApply(step.budget, step.file);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
