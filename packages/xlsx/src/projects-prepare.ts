/**
 * One project of the summary: the facts its row shows, read from a dossier through core
 * (budget totals in integer fen, findings, timeline, approval path). A dossier that cannot be
 * summarized without losing money or meaning is refused with a reason, never half-read.
 */
import {
  approvalPath, checkDossier, dossierKeys, field, GovformsError, isPlainObject, nextStep, projectTimeline, section, sumBudgetFen, summarizeBudget,
  words, yuanToFen, type ApprovalPath, type BudgetTotalsFen, type Dossier, type Finding, type Locale, type Policy, type Severity, type Stage,
} from '@govforms/core';
import { dossierDigestAsync } from '@govforms/core/provenance';
import { MAX_CELL_TEXT } from './cell-text.js';
import { errorMessages, shown } from './messages.js';
import { prepareBudget } from './prepare-budget.js';
import type { ProjectsLabels } from './projects-labels.js';

/** What a project's summary row shows about it, read from its dossier. */
export interface ProjectFacts {
  projectName?: string;
  applicant?: string;
  /** Labels in the workbook's locale. */
  projectType?: string;
  fundingSources?: string;
  investmentFen?: number;
  /** Undefined when the dossier has no budget section. */
  budget?: BudgetTotalsFen;
  approval: ApprovalPath;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** What to do next (core's nextStep: the first late stage, else the first open one; never a running warranty). */
  next?: Stage;
  /** The dossier keys of the sections it holds (application, budget, …): the forms its data comes from. */
  sections: string[];
}

export interface ProjectSummary extends ProjectFacts {
  /** SHA-256 of the dossier's canonical JSON, as its Word documents and `govforms check` give it. */
  digest: string;
}

/** Why a dossier cannot be summarized, with the JSON Pointer of the offending value inside it. */
export interface DossierProblem { message: string; path: string }

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, MAX_CELL_TEXT) : undefined);

/** A dossier read for the summary: its budget summed (undefined without one), or why it cannot be summarized. */
export type DossierReading = { problem: DossierProblem } | { budget: BudgetTotalsFen | undefined };

/** The budget summed, or, when its amounts or categories cannot all be read, the budget workbook's own message for it. */
function readBudget(budget: Record<string, unknown>, locale: Locale | undefined): DossierReading {
  const t = errorMessages(locale);
  const items = field(budget, 'items');
  const resources = field(budget, 'dataResources');
  if (items !== undefined && items !== null && !Array.isArray(items)) return { problem: { message: t.itemsNotList(), path: '/budget/items' } };
  if (resources !== undefined && resources !== null && !Array.isArray(resources)) {
    return { problem: { message: t.resourcesNotList(), path: '/budget/dataResources' } };
  }
  const totals = sumBudgetFen(budget);
  if (!totals.problems.some((p) => p.reason !== 'amount-mismatch')) return { budget: totals };
  return { problem: unreadableBudget(budget, locale) };
}

function unreadableBudget(budget: Record<string, unknown>, locale: Locale | undefined): DossierProblem {
  try {
    // The budget workbook's check names the entry and the field (费用明细第3项“服务器”：金额（元）应为…).
    // It is stricter than summing (a name is required), so it may name another defect of the budget
    // first; summarizeBudget stands behind it.
    prepareBudget({ budget: { ...budget, items: Array.isArray(field(budget, 'items')) ? field(budget, 'items') : [] } }, locale);
    summarizeBudget(budget);
  } catch (e) {
    if (e instanceof GovformsError) return { message: e.message, path: e.path?.startsWith('/budget') ? e.path : `/budget${e.path ?? ''}` };
    throw e;
  }
  throw new Error('sumBudgetFen found an unreadable entry that summarizeBudget accepted');
}

/**
 * Why `d` cannot be a row of the projects summary, or undefined when it can: not an object;
 * none of the dossier's sections (another form's data, some other JSON file); a total
 * investment that is not an amount; a budget whose amounts or categories cannot be read.
 * Messages in `locale`. A dossier with sections missing is fine: its row shows what it has.
 */
export function summaryDossierProblem(d: unknown, locale?: Locale): DossierProblem | undefined {
  const reading = readDossier(d, locale);
  return 'problem' in reading ? reading.problem : undefined;
}

/** summaryDossierProblem's check, keeping the budget it summed for the row. */
export function readDossier(d: unknown, locale?: Locale): DossierReading {
  const t = errorMessages(locale);
  if (!isPlainObject(d)) return { problem: { message: t.notADossier(), path: '' } };
  const keys = dossierKeys();
  if (!keys.some((k) => isPlainObject(field(d, k)))) {
    return { problem: { message: t.noSections({ known: keys.join(words(locale).listSeparator()) }), path: '' } };
  }
  const investment = field(section(field(d, 'application')), 'totalInvestment');
  if (investment !== undefined && investment !== null && yuanToFen(investment) === undefined) {
    return { problem: { message: t.badInvestment({ got: shown(investment, t) }), path: '/application/totalInvestment' } };
  }
  const budget = field(d, 'budget');
  if (budget === undefined || budget === null) return { budget: undefined };
  if (!isPlainObject(budget)) return { problem: { message: t.budgetNotObject(), path: '/budget' } };
  return readBudget(budget, locale);
}

export interface SummaryContext {
  today: string;
  policy?: Partial<Policy>;
  labels: ProjectsLabels;
}


/** The row of a dossier that readDossier accepted, with the budget it summed, and the digest of its data. */
export async function summarizeProject(d: Dossier, budget: BudgetTotalsFen | undefined, ctx: SummaryContext): Promise<ProjectSummary> {
  return { ...projectFacts(d, budget, ctx), digest: await dossierDigestAsync(d) };
}

/**
 * summarizeProject's facts without the digest (hashing the canonical JSON costs more than
 * checking the dossier): what a page listing the projects shows.
 */
export function projectFacts(d: Dossier, budget: BudgetTotalsFen | undefined, ctx: SummaryContext): ProjectFacts {
  const { today, policy, labels } = ctx;
  const opts = { today, policy, locale: labels.locale };
  const app = section(field(d, 'application'));
  const findings = checkDossier(d, opts);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const type = field(app, 'projectType');
  const sources = field(app, 'fundingSources');
  const sourceLabels = Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string').map(labels.fundingSource) : [];
  return {
    projectName: text(field(app, 'projectName')),
    applicant: text(field(section(field(app, 'applicant')), 'name')),
    projectType: typeof type === 'string' ? text(labels.projectType(type)) : undefined,
    fundingSources: text(sourceLabels.join(labels.core.listSeparator())),
    investmentFen: yuanToFen(field(app, 'totalInvestment')),
    budget,
    approval: approvalPath(d, { policy }),
    findings,
    counts,
    next: nextStep(projectTimeline(d, opts))?.stage,
    sections: dossierKeys().filter((k) => isPlainObject(field(d, k))),
  };
}
