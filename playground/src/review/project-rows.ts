/**
 * The review table's model: one row per loaded dossier with the facts of its summary-workbook
 * row (@govforms/xlsx's projectFacts: the same totals in fen, findings and next step), the
 * three orders a reviewer sorts by, and the totals across the selection, exact to the fen.
 */
import { daysBetween, type Dossier, type Locale, type Policy } from '@govforms/core';
import { projectFacts, projectsLabels, type ProjectFacts } from '@govforms/xlsx/dossiers';
import type { LoadedDossier } from './read-files.js';

export interface ProjectRow extends LoadedDossier {
  /** 序号: the order the files were read in (stays with the project when the table is sorted). */
  index: number;
  summary: ProjectFacts;
  /** Days the next step is past its deadline: 0 when it is not overdue, at least 1 when it is. */
  overdueDays: number;
}

export interface RowContext { today: string; locale: Locale; policy?: Partial<Policy> }

// Facts computed while the other files are still being read (see factsOf), kept with their dossier.
const computed = new WeakMap<Dossier, { key: string; facts: ProjectFacts }>();

/** A dossier's facts for `ctx`: computed once per dossier, "today" and locale. */
export function factsOf(l: LoadedDossier, ctx: RowContext): ProjectFacts {
  const key = `${ctx.today}|${ctx.locale}|${JSON.stringify(ctx.policy ?? null)}`;
  const known = computed.get(l.dossier);
  if (known?.key === key) return known.facts;
  const facts = projectFacts(l.dossier, l.budget, { today: ctx.today, policy: ctx.policy, labels: projectsLabels(ctx.locale) });
  computed.set(l.dossier, { key, facts });
  return facts;
}

export function projectRows(loaded: readonly LoadedDossier[], ctx: RowContext): ProjectRow[] {
  return loaded.map((l, i) => {
    const summary = factsOf(l, ctx);
    const next = summary.next;
    const overdueDays = next?.status === 'overdue' ? Math.max(1, next.dueOn ? daysBetween(next.dueOn, ctx.today) : 1) : 0;
    return { ...l, index: i + 1, summary, overdueDays };
  });
}

export type SortKey = 'index' | 'total' | 'findings' | 'lateness';
export type SortDirection = 'ascending' | 'descending';
export interface Sort { key: SortKey; direction: SortDirection }

/** A project without a budget sorts below every project with one (also below a 0.00 budget). */
const total = (r: ProjectRow) => r.summary.budget?.totalFen ?? -1;

const compare: Record<SortKey, (a: ProjectRow, b: ProjectRow) => number> = {
  index: (a, b) => a.index - b.index,
  total: (a, b) => total(a) - total(b),
  // Errors weigh first; among equal errors, warnings.
  findings: (a, b) => a.summary.counts.error - b.summary.counts.error || a.summary.counts.warning - b.summary.counts.warning,
  // Days overdue; among projects on time, the one whose next deadline comes first is the later one.
  lateness: (a, b) => a.overdueDays - b.overdueDays || dueKey(b) - dueKey(a),
};

const dueKey = (r: ProjectRow) => {
  const due = r.summary.next?.dueOn;
  return due ? Date.parse(due) : Number.MAX_SAFE_INTEGER;
};

/** The rows in `sort`'s order; ties keep the files' order (序号) in both directions. */
export function sortRows(rows: readonly ProjectRow[], sort: Sort): ProjectRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[sort.key](a, b) || a.index - b.index);
}

export interface SelectionTotals { projects: number; totalFen: number; withoutBudget: number; errors: number; warnings: number; overdue: number }

/** The totals row: integer fen summed (a sum past 2^53 fen is refused, never rounded). */
export function selectionTotals(rows: readonly ProjectRow[]): SelectionTotals {
  const t: SelectionTotals = { projects: rows.length, totalFen: 0, withoutBudget: 0, errors: 0, warnings: 0, overdue: 0 };
  for (const r of rows) {
    if (r.summary.budget) t.totalFen += r.summary.budget.totalFen;
    else t.withoutBudget++;
    t.errors += r.summary.counts.error;
    t.warnings += r.summary.counts.warning;
    if (r.overdueDays > 0) t.overdue++;
  }
  if (!Number.isSafeInteger(t.totalFen)) throw new RangeError(`the selection's total (${t.totalFen} fen) is past exact integers`);
  return t;
}
