import { sumBudgetFen, type BudgetTotalsFen } from './budget.js';
import { isIsoDate, todayInChina } from './dates.js';
import { GovformsError } from './errors.js';
import { documentKindLabel } from './forms/labels.js';
import { dossierKeys } from './forms/registry.js';
import { coreMessages } from './i18n/core-messages.js';
import { formatFen, yuanToFen } from './money.js';
import { rules } from './rules/index.js';
import { defaultPolicy, type Policy } from './rules/policy.js';
import { field, section } from './read.js';
import type { DossierSections, Rule, RuleContext } from './rules/types.js';
import type { Dossier, Finding, Locale } from './types.js';

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD; defaults to the current date in China. */
  today?: string;
  policy?: Partial<Policy>;
  locale?: Locale;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Each section a form of the registry holds, when it is a plain object. */
export function sectionsOf(d: unknown): DossierSections {
  const root = section(d);
  const sections: DossierSections = {};
  for (const key of dossierKeys()) {
    const s = section(field(root, key));
    if (s) sections[key] = s;
  }
  return sections;
}

/** "Today" as given (a YYYY-MM-DD date, else a GovformsError), or today in China. */
export function resolveToday(today: string | undefined): string {
  const day = today ?? todayInChina();
  if (!isIsoDate(day)) throw new GovformsError(coreMessages().check.invalidToday({ today: String(day) }), 'invalid-today');
  return day;
}

export function resolvePolicy(overrides: Partial<Policy> | undefined): Policy {
  const m = coreMessages().check;
  const policy: Policy = { ...defaultPolicy };
  for (const key of Object.keys(defaultPolicy) as (keyof Policy)[]) {
    const v = overrides?.[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new GovformsError(m.invalidPolicy({ key }), 'invalid-policy', `/policy/${key}`);
    }
    if (key.endsWith('Yuan') && yuanToFen(v) === undefined) {
      throw new GovformsError(m.policyNotMoney({ key }), 'invalid-policy', `/policy/${key}`);
    }
    policy[key] = v;
  }
  return policy;
}

/**
 * Checks a dossier against the regulation. Returns findings, errors first, each citing its
 * article. Missing or malformed sections are "not checked yet", never an exception; only
 * invalid options (a `today` that is not a date, a negative policy value) throw.
 */
export function checkDossier(d: Dossier, opts: CheckOptions = {}): Finding[] {
  const today = resolveToday(opts.today);
  const locale = opts.locale ?? 'zh-CN';
  const policy = resolvePolicy(opts.policy);
  const sections = sectionsOf(d);
  const budget = budgetOnce(sections);
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...rule.check(sections, ruleContext(rule, { today, policy, locale, budget })));
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.article - b.article);
}

/** The budget section summed in fen on first use, then remembered: rules share one sum. */
export function budgetOnce(sections: DossierSections): () => BudgetTotalsFen | undefined {
  let budget: BudgetTotalsFen | undefined | null = null;
  return () => (budget === null ? (budget = sections.budget ? sumBudgetFen(sections.budget) : undefined) : budget);
}

/** What one rule is given besides the dossier: the day, the policy, its words and its findings' maker. */
export function ruleContext(rule: Rule, o: { today: string; policy: Policy; locale: Locale; budget: () => BudgetTotalsFen | undefined }): RuleContext {
  const { locale } = o;
  const m = coreMessages(locale);
  return {
    today: o.today, policy: o.policy, locale, budget: o.budget,
    words: m.ruleWords,
    yuan: (fen) => m.words.yuan({ amount: formatFen(fen) }),
    list: (texts) => texts.join(m.words.listSeparator()),
    names: (kinds) => kinds.map((k) => documentKindLabel(k, locale)).join(m.words.listSeparator()),
    finding(id, severity, details = {}) {
      const f: Finding = { ruleId: id, article: rule.article, severity, message: m.rules[id](details.params) };
      if (details.path !== undefined) f.path = details.path;
      if (details.requires !== undefined) f.requires = details.requires;
      return f;
    },
  };
}
