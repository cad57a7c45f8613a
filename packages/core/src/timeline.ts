/**
 * A project's life under 宿政办发〔2024〕45号 as stages in order: what has happened (with its
 * date), what is due next and by when, what is late, and what does not apply to this project.
 * A stage without data is "not yet", never an error: findings (checkDossier) judge; this shows.
 */
import { articleLabel } from './articles.js';
import { resolvePolicy, resolveToday, sectionsOf } from './check-dossier.js';
import { addDays, addYears, compareDates } from './dates.js';
import { coreMessages } from './i18n/core-messages.js';
import { field, readBool, readDate, readInteger, readText, section } from './read.js';
import { acceptanceDeadline } from './rules/art29-acceptance.js';
import { approvalDocuments } from './rules/art20-approval.js';
import { submissionDeadline } from './rules/art12-deadline.js';
import { REPORT_FILING_DAYS, completionMaterials } from './rules/art31-completion-report.js';
import { MINIMUM_WARRANTY_YEARS } from './rules/art33-warranty.js';
import { isConstructionProject, needsApproval, needsTechnicalReview } from './rules/facts.js';
import type { Policy } from './rules/policy.js';
import type { DocumentKind, Dossier, Locale, Stage } from './types.js';

export interface TimelineOptions { today?: string; policy?: Partial<Policy>; locale?: Locale }

type StageKey = 'application' | 'preReview' | 'listing' | 'technicalReview' | 'estimateReview' | 'approval' | 'procurement'
  | 'selfEvaluation' | 'trial' | 'materialsApproval' | 'acceptance' | 'acceptanceReport' | 'warranty' | 'annualReport';

interface Plan {
  key: StageKey;
  id?: string;
  article: number;
  applies: boolean;
  date?: string | undefined;
  dueOn?: string | undefined;
  requires?: DocumentKind[];
  /** A period (the warranty): done once it has ended, running until then. */
  period?: boolean;
  /** Can be done now though no deadline is set (an annual report after its cycle). */
  ready?: boolean;
  year?: number;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every stage of the project, in the order of the regulation's lifecycle. */
export function projectTimeline(d: Dossier, opts: TimelineOptions = {}): Stage[] {
  const today = resolveToday(opts.today);
  const policy = resolvePolicy(opts.policy);
  const s = sectionsOf(d);
  const { application: app, milestones: ms, completion: done, performanceEvaluation: evaluation } = s;
  const construction = isConstructionProject(app);
  const operation = readText(app, 'projectType') === 'operation';
  const acceptance = readDate(done, 'acceptanceDate');
  const trialStart = readDate(done, 'trialStart');
  const reviews = needsTechnicalReview(s, { policy });
  const preReview = s.reviewOpinion && readText(s.reviewOpinion, 'kind') === 'pre-review'
    && ['pass', 'pass-with-changes'].includes(readText(s.reviewOpinion, 'conclusion') ?? '') ? readDate(s.reviewOpinion, 'reviewedOn') : undefined;

  const plans: Plan[] = [
    { key: 'application', article: 12, applies: true, date: readDate(app, 'submittedOn'),
      dueOn: submissionDeadline(readInteger(app, 'planYear')) },
    { key: 'preReview', article: 16, applies: true, date: readDate(ms, 'preReviewPassedOn') ?? preReview },
    { key: 'listing', article: 18, applies: true, date: readDate(ms, 'listedOn') },
    { key: 'technicalReview', article: 19, applies: reviews, date: readDate(ms, 'technicalReviewPassedOn') },
    { key: 'estimateReview', article: 19, applies: reviews, date: readDate(ms, 'estimateReviewPassedOn') },
    { key: 'approval', article: 20, applies: needsApproval(s), date: readDate(ms, 'approvalObtainedOn'),
      requires: approvalDocuments(readBool(app, 'inPlan') === true, readBool(app, 'urgent') === true) },
    { key: 'procurement', article: 24, applies: true, date: readDate(ms, 'procurementStartedOn') },
    ...selfEvaluations(construction, section(field(app, 'constructionPeriod')), acceptance, evaluation),
    { key: 'trial', article: 29, applies: construction, date: trialStart },
    { key: 'materialsApproval', article: 30, applies: construction, date: readDate(done, 'materialsApprovedOn') },
    { key: 'acceptance', article: construction ? 29 : 28, applies: construction || operation, date: acceptance,
      dueOn: construction && trialStart ? acceptanceDeadline(trialStart) : operation ? readDate(done, 'serviceEnd') : undefined },
    { key: 'acceptanceReport', article: 31, applies: construction, date: readDate(done, 'reportFiledOn'),
      dueOn: acceptance && addDays(acceptance, REPORT_FILING_DAYS), requires: [...completionMaterials] },
    { key: 'warranty', article: 33, applies: construction, date: acceptance, period: true,
      dueOn: acceptance && addYears(acceptance, MINIMUM_WARRANTY_YEARS) },
    annualReport(s.annualReport, today),
  ];
  const m = coreMessages(opts.locale);
  return plans.map((p) => {
    const status = statusOf(p, today);
    const id = p.id ?? kebab(p.key);
    const name = m.timeline.stages[p.key]({ year: p.year === undefined ? 'none' : String(p.year) });
    const words = m.timeline.status[status === 'due' && !p.dueOn ? 'dueNow' : status === 'due' && p.period ? 'running' : status];
    const message = words({ stage: name, date: p.date ?? '', dueOn: p.dueOn ?? '', article: articleLabel(p.article, opts.locale) });
    const stage: Stage = { id, article: p.article, status, title: name, message };
    if (p.date && p.applies) stage.date = p.date;
    if (p.dueOn && p.applies) stage.dueOn = p.dueOn;
    if (p.requires && p.applies && status !== 'done') stage.requires = p.requires;
    return stage;
  });
}

export interface NextStep { stage: Stage; message: string }

/**
 * What to do next: the first late stage, else the first open one in the lifecycle's order (due
 * and not yet happened, or not started; a running period such as the warranty has happened),
 * with its sentence, e.g. "下一步：组织竣工验收，截止 2025-09-01（第二十九条）". Undefined when
 * nothing is left.
 */
export function nextStep(stages: readonly Stage[], locale?: Locale): NextStep | undefined {
  const stage = stages.find((s) => s.status === 'overdue')
    ?? stages.find((s) => (s.status === 'due' && s.date === undefined) || s.status === 'not-yet');
  if (!stage) return undefined;
  const words = coreMessages(locale).timeline.next;
  const params = { stage: stage.title, dueOn: stage.dueOn ?? '', article: articleLabel(stage.article, locale) };
  const message = stage.status === 'overdue' ? words.overdue(params) : stage.dueOn ? words.due(params) : words.open(params);
  return { stage, message };
}

/** The next step's sentence, or "下一步：暂无待办事项" when nothing is left. */
export function nextStepText(next: NextStep | undefined, locale?: Locale): string {
  return next?.message ?? coreMessages(locale).timeline.next.none();
}

function statusOf(p: Plan, today: string): Stage['status'] {
  if (!p.applies) return 'not-applicable';
  if (p.period) {
    if (!p.date || !p.dueOn) return 'not-yet';
    return compareDates(today, p.dueOn) > 0 ? 'done' : 'due';
  }
  if (p.date) return 'done';
  if (p.dueOn) return compareDates(today, p.dueOn) > 0 ? 'overdue' : 'due';
  return p.ready ? 'due' : 'not-yet';
}

/** 第三十六条第二款: a performance self-evaluation for each year of construction, due 31 December. */
function selfEvaluations(construction: boolean, period: ReturnType<typeof section>, acceptance: string | undefined,
  evaluation: ReturnType<typeof section>): Plan[] {
  const start = readDate(period, 'start');
  const end = readDate(period, 'end');
  if (!construction || !start || !end || compareDates(start, end) > 0) {
    return [{ key: 'selfEvaluation', id: 'self-evaluation', article: 36, applies: construction }];
  }
  const first = Number(start.slice(0, 4));
  // Construction ends with acceptance: no self-evaluation for the years after it.
  const last = Math.min(Number(end.slice(0, 4)), acceptance ? Number(acceptance.slice(0, 4)) : Infinity);
  const filedYear = readInteger(evaluation, 'year');
  const filedOn = readDate(evaluation, 'submittedOn');
  const plans: Plan[] = [];
  for (let year = first; year <= last && plans.length < 20; year++) {
    plans.push({
      key: 'selfEvaluation', id: `self-evaluation-${year}`, article: 36, applies: true, year,
      date: filedYear === year ? filedOn : undefined, dueOn: `${String(year).padStart(4, '0')}-12-31`,
    });
  }
  return plans;
}

/** 第三十六条第三款: the annual O&M report, after each cycle; the dossier holds the latest one. */
function annualReport(report: ReturnType<typeof section>, today: string): Plan {
  const cycleEnd = readDate(report, 'cycleEnd');
  const submittedOn = readDate(report, 'submittedOn');
  const filed = submittedOn && cycleEnd && compareDates(submittedOn, cycleEnd) > 0 ? submittedOn : undefined;
  return { key: 'annualReport', article: 36, applies: true, date: filed, ready: cycleEnd !== undefined && compareDates(today, cycleEnd) > 0 };
}
