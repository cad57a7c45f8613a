/**
 * buildProjectsSummaryWorkbook: the 项目汇总表 of many dossiers, for finance staff and
 * reviewers (项目汇总 / 审核要点 / 说明). Runs in Node and in browsers. zh-CN unless
 * `locale` asks for another language of the catalogues.
 */
import {
  checkDossier, defaultPolicy, field, formatFen, formTitle, GovformsError, isPlainObject, listForms, rules, rulesVersion, todayInChina,
  yuanToFen, type BudgetTotalsFen, type Dossier, type Locale, type Policy,
} from '@govforms/core';
import { workbookBytes } from './build-workbook.js';
import { cellText } from './cell-text.js';
import { errorMessages } from './messages.js';
import { chinaDateTime, notesPlan, notesRow } from './notes-sheet.js';
import { findingsSheet } from './projects-findings-sheet.js';
import { projectsLabels, type ProjectsLabels } from './projects-labels.js';
import { readDossier, summarizeProject, type ProjectSummary } from './projects-prepare.js';
import { projectsSheet } from './projects-sheet.js';
import { STYLE, type PlanRow, type SheetPlan } from './sheet-plan.js';

/** A file the caller could not read as a dossier, and why (in the caller's words). */
export interface SkippedFile { file: string; reason: string }

export interface ProjectsSummaryOptions {
  /** When the workbook is generated (shown on 说明, stored as the file's creation time); default now. */
  generatedAt?: Date;
  /** Language of the workbook and of error messages; zh-CN by default. */
  locale?: Locale;
  /** "Today" (YYYY-MM-DD) for the findings and the next steps; default today in China. */
  today?: string;
  policy?: Partial<Policy>;
  /** Files that could not be read as dossiers (e.g. by `govforms summarize`): listed on 说明, never dropped silently. */
  skipped?: readonly SkippedFile[];
}

interface NotesFacts { generatedAt: Date; today: string; policy: Partial<Policy> | undefined; projects: readonly ProjectSummary[]; skipped: readonly SkippedFile[] }

/** The titles and versions of the forms the dossiers hold (项目申报表 1.0.0、预算明细 1.0.0). */
function formVersions(projects: readonly ProjectSummary[], L: ProjectsLabels): string {
  const held = new Set(projects.flatMap((p) => p.sections));
  const used = listForms().filter((f) => held.has(f.dossierKey));
  return used.map((f) => `${formTitle(f, L.locale)} ${f.version}`).join(L.core.listSeparator());
}

function notesSheet(facts: NotesFacts, L: ProjectsLabels): SheetPlan {
  const N = L.shared.notes;
  const PN = L.P.notes;
  const limit = yuanToFen({ ...defaultPolicy, ...facts.policy }.procurementLimitYuan) ?? 0;
  const sheets = L.P.sheets;
  const skippedRows: PlanRow[] = facts.skipped.length === 0 ? [] : [
    { cells: [], styles: [] },
    { cells: [PN.skippedFile(), PN.skippedReason()], styles: [STYLE.header, STYLE.header] },
    ...facts.skipped.map((s) => notesRow(cellText(s.file), cellText(s.reason), [STYLE.text, STYLE.wrappedText])),
  ];
  return {
    ...notesPlan(sheets.notes(), PN.title(), [N.headerTopic(), N.headerContent()], [
      [N.basis(), PN.basisText()],
      [N.generatedAt(), N.generatedAtText({ time: chinaDateTime(facts.generatedAt) })],
      [N.generatedBy(), PN.generatedByText()],
      [PN.checkedOn(), PN.checkedOnText({ today: facts.today })],
      [PN.formVersions(), formVersions(facts.projects, L)],
      [PN.rulesVersion(), PN.rulesVersionText({ version: rulesVersion, count: rules.length })],
      [PN.procurementLimit(), PN.procurementLimitText({ amount: formatFen(limit) })],
      [PN.projectCount(), PN.projectCountText({ count: facts.projects.length })],
      [PN.skippedCount(), PN.skippedCountText({ count: facts.skipped.length })],
      ...(['projects', 'findings', 'notes'] as const).map((k): [string, string] => [N.sheet({ sheet: sheets[k]() }), PN.sheetText[k]()]),
    ], skippedRows),
    pageFooter: L.shared.pageFooter(),
  };
}

/** Each dossier's budget summed, or a GovformsError naming the first dossier that cannot be summarized (第3份材料“…”：…) and where. */
function readDossiers(dossiers: unknown, locale: Locale | undefined): (BudgetTotalsFen | undefined)[] {
  const t = errorMessages(locale);
  if (!Array.isArray(dossiers)) throw new GovformsError(t.dossiersNotList(), 'invalid-dossiers', '');
  return dossiers.map((d: unknown, i) => {
    const reading = readDossier(d, locale);
    if ('budget' in reading) return reading.budget;
    const problem = reading.problem;
    const name = field(field(d, 'application'), 'projectName');
    const shortName = typeof name === 'string' ? (name.length > 40 ? `${name.slice(0, 40)}…` : name) : '';
    const message = t.dossier({ n: i + 1, hasName: shortName.trim() ? 'yes' : 'no', name: shortName, problem: problem.message });
    throw new GovformsError(message, 'invalid-dossier', `/${i}${problem.path}`);
  });
}

/**
 * The projects summary workbook of `dossiers` (one row each, in the order given). A dossier
 * that cannot be summarized throws a GovformsError naming it before anything is written;
 * callers reading files check each with summaryDossierProblem first and pass what they
 * skipped in `opts.skipped`.
 */
export async function buildProjectsSummaryWorkbook(dossiers: Dossier[], opts: ProjectsSummaryOptions = {}): Promise<Uint8Array> {
  const L = projectsLabels(opts.locale);
  const budgets = readDossiers(dossiers, opts.locale);
  const today = opts.today ?? todayInChina();
  const projects = await Promise.all(dossiers.map((d, i) => summarizeProject(d, budgets[i], { today, policy: opts.policy, labels: L })));
  return projectsSummaryWorkbook(projects, { ...opts, today });
}

/**
 * The projects summary workbook of projects already summarized with summarizeProject (with the
 * same `today`, policy and locale as `opts`): `govforms summarize` summarizes each file as it
 * reads it, and so never holds a thousand dossiers at once.
 */
export async function projectsSummaryWorkbook(projects: readonly ProjectSummary[], opts: ProjectsSummaryOptions = {}): Promise<Uint8Array> {
  const L = projectsLabels(opts.locale);
  const today = opts.today ?? todayInChina();
  // Checks `today` and the policy even when there is no project to check them with.
  checkDossier({}, { today, policy: opts.policy });
  const generatedAt = opts.generatedAt ?? new Date();
  const plans = [
    projectsSheet(projects, L),
    findingsSheet(projects, L),
    notesSheet({ generatedAt, today, policy: opts.policy, projects, skipped: opts.skipped ?? [] }, L),
  ];
  return workbookBytes(plans, { creator: 'govforms', lastModifiedBy: 'govforms', created: generatedAt, modified: generatedAt, title: L.P.notes.title() });
}
