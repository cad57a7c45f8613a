import { formatFen, formatFenAsWan, NO_YEAR } from '@govforms/core';
import type { Messages } from '../../i18n/messages.js';
import type { Option } from '../options.js';
import type { BudgetSummaryFen } from './budget-summary.js';

export interface BudgetSummaryProps { summary: BudgetSummaryFen; categoryOptions: readonly Option[]; t: Messages }

/** The live grand total line (announced politely as it changes). */
export function BudgetGrandTotal({ summary, t }: Omit<BudgetSummaryProps, 'categoryOptions'>) {
  const fen = summary.totals.totalFen;
  return (
    <p className="gf-budget-total" aria-live="polite" aria-atomic="true" data-gf-budget-total={fen}>
      {t.budget.grandTotalLive(formatFen(fen), formatFenAsWan(fen))}
    </p>
  );
}

/** Subtotals by category and year, line items, data resources and the grand total. */
export function BudgetSummary({ summary, categoryOptions, t }: BudgetSummaryProps) {
  const { totals, years, byYear, categories } = summary;
  const yearLabel = (y: string) => (y === NO_YEAR ? t.budget.noYear : y);
  const categoryLabel = (c: string) => categoryOptions.find((o) => o.value === c)?.label ?? c;
  const money = (fen: number) => formatFen(fen);
  return (
    <div className="gf-budget-summary">
      <table className="gf-table gf-summary-table">
        <caption>{t.budget.summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t.budget.category}</th>
            {years.map((y) => <th scope="col" key={y}>{yearLabel(y)}</th>)}
            <th scope="col">{t.budget.subtotal}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c}>
              <th scope="row">{categoryLabel(c)}</th>
              {years.map((y) => <td key={y} className="gf-num">{money(byYear[y]!.byCategoryFen[c])}</td>)}
              <td className="gf-num" data-gf-category-total={c}>{money(totals.byCategoryFen[c])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.budget.itemsTotal}</th>
            {years.map((y) => <td key={y} className="gf-num" data-gf-year-total={y}>{money(byYear[y]!.itemsFen)}</td>)}
            <td className="gf-num">{money(totals.itemsFen)}</td>
          </tr>
          <tr>
            <th scope="row">{t.budget.dataResources}</th>
            {years.map((y) => <td key={y} />)}
            <td className="gf-num">{money(totals.dataResourcesFen)}</td>
          </tr>
          <tr className="gf-summary-grand">
            <th scope="row">{t.budget.grandTotal}</th>
            {years.map((y) => <td key={y} />)}
            <td className="gf-num">{money(totals.totalFen)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
