import { BUDGET_CATEGORIES, formatFen, formatFenAsWan, NO_YEAR, type BudgetTotalsFen } from '@govforms/core';
import type { Messages, Words } from '../../i18n/messages.js';
import type { Option } from '../options.js';

export interface BudgetSummaryProps { summary: BudgetTotalsFen; categoryOptions: readonly Option[]; t: Messages; w: Words }

/** The live grand total line (announced politely as it changes). */
export function BudgetGrandTotal({ summary, t, w }: Omit<BudgetSummaryProps, 'categoryOptions'>) {
  const fen = summary.totalFen;
  return (
    <p className="gf-budget-total" aria-live="polite" aria-atomic="true" data-gf-budget-total={fen}>
      {t.budget.grandTotalLive({ total: w.yuan({ amount: formatFen(fen) }), wan: w.wan({ amount: formatFenAsWan(fen) }) })}
    </p>
  );
}

/** Subtotals by category and year (core's category × year breakdown), line items, data resources and the grand total. */
export function BudgetSummary({ summary, categoryOptions, t, w }: BudgetSummaryProps) {
  const { years, byCategoryYearFen, byYearFen } = summary;
  const yearLabel = (y: string) => (y === NO_YEAR ? w.noYear() : y);
  const at = (cells: Record<string, number>, y: string) => (Object.hasOwn(cells, y) ? cells[y]! : 0);
  const categoryLabel = (c: string) => categoryOptions.find((o) => o.value === c)?.label ?? c;
  const money = (fen: number) => formatFen(fen);
  return (
    <div className="gf-budget-summary">
      <table className="gf-table gf-summary-table">
        <caption>{t.budget.summary()}</caption>
        <thead>
          <tr>
            <th scope="col">{t.budget.category()}</th>
            {years.map((y) => <th scope="col" key={y}>{yearLabel(y)}</th>)}
            <th scope="col">{t.budget.subtotal()}</th>
          </tr>
        </thead>
        <tbody>
          {BUDGET_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{categoryLabel(c)}</th>
              {years.map((y) => <td key={y} className="gf-num">{money(at(byCategoryYearFen[c], y))}</td>)}
              <td className="gf-num" data-gf-category-total={c}>{money(summary.byCategoryFen[c])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.budget.itemsTotal()}</th>
            {years.map((y) => <td key={y} className="gf-num" data-gf-year-total={y}>{money(at(byYearFen, y))}</td>)}
            <td className="gf-num">{money(summary.itemsFen)}</td>
          </tr>
          <tr>
            <th scope="row">{t.budget.dataResources()}</th>
            {years.map((y) => <td key={y} />)}
            <td className="gf-num">{money(summary.dataResourcesFen)}</td>
          </tr>
          <tr className="gf-summary-grand">
            <th scope="row">{t.budget.grandTotal()}</th>
            {years.map((y) => <td key={y} />)}
            <td className="gf-num">{money(summary.totalFen)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
