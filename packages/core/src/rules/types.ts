import type { BudgetTotalsFen } from '../budget.js';
import type { DocumentKind, Finding, Locale, Severity } from '../types.js';
import type { MessageParams } from '../i18n/catalogue.js';
import type { coreMessages } from '../i18n/core-messages.js';
import type { Policy } from './policy.js';
import type { Section } from '../read.js';

type CoreMessages = ReturnType<typeof coreMessages>;
/** A finding's id: a key of the catalogue's "rules" section ("art20.approval-documents"). */
export type MessageId = keyof CoreMessages['rules'];

/** The dossier as rules see it: each section a plain object or absent. */
export interface DossierSections {
  application?: Section;
  constructionPlan?: Section;
  budget?: Section;
  completion?: Section;
  annualReport?: Section;
  change?: Section;
  [key: string]: Section | undefined;
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
  /** Words rules put inside their messages (the catalogue's "ruleWords"), in the locale. */
  words: CoreMessages['ruleWords'];
  /** The budget section summed in fen (computed once per check); undefined without a budget. */
  budget(): BudgetTotalsFen | undefined;
  /** Fen as the user reads money: "4,000,000.01 元". */
  yuan(fen: number): string;
  /** Texts joined as a list: "甲、乙" ("a, b"). */
  list(texts: readonly string[]): string;
  /** Document kinds by name, joined: "项目建议书、可行性研究报告". */
  names(kinds: readonly string[]): string;
}

/** One article of the regulation (or one part of a long article) as a check. */
export interface Rule {
  id: string;
  article: number;
  /**
   * The dossier fields the rule reads, as JSON pointers from the dossier root
   * ("/application/totalInvestment"). `*` stands for every item of a list
   * ("/budget/items/*\/amount"); a pointer to a list itself ("/budget/dataResources") means
   * the rule reads the list as a whole (its length or its entries as values). A test runs
   * every rule through a recording reader and fails on a read that is not declared here.
   */
  reads: readonly string[];
  check(d: DossierSections, ctx: RuleContext): Finding[];
}
