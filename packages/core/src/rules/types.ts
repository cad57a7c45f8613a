import type { BudgetTotalsFen } from '../budget.js';
import type { DocumentKind, Finding, Locale, Severity } from '../types.js';
import type { MessageId, MessageParams } from './messages.js';
import type { Policy } from './policy.js';
import type { Section } from '../read.js';

/** The dossier as rules see it: each section a plain object or absent. */
export interface DossierSections {
  application?: Section;
  constructionPlan?: Section;
  budget?: Section;
  completion?: Section;
  annualReport?: Section;
  change?: Section;
}

export interface FindingDetails {
  path?: string;
  requires?: DocumentKind[];
  params?: MessageParams;
}

export interface RuleContext {
  /** "Today" as YYYY-MM-DD (injectable; defaults to the date in China). */
  today: string;
  policy: Policy;
  locale: Locale;
  /** A finding of the current rule, its article filled in and its message from the catalogue. */
  finding(id: MessageId, severity: Severity, details?: FindingDetails): Finding;
  /** The budget section summed in fen (computed once per check); undefined without a budget. */
  budget(): BudgetTotalsFen | undefined;
  /** Fen as the user reads money: "4,000,000.01 元". */
  yuan(fen: number): string;
  /** Document kinds by name, joined: "项目建议书、可行性研究报告". */
  names(kinds: readonly string[]): string;
}

/** One article of the regulation (or one part of a long article) as a check. */
export interface Rule {
  id: string;
  article: number;
  check(d: DossierSections, ctx: RuleContext): Finding[];
}
