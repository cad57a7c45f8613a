/** Facts several articles ask about the application. */
import { field, readFen, readList, readStrings, readText, section, type Section } from '../read.js';
import type { DossierSections } from './types.js';

export function isConstructionProject(app: Section | undefined): boolean {
  return readText(app, 'projectType') === 'construction';
}

/** 使用预算安排资金 / 财政资金 (including superior subsidies), art. 2 and 20. */
/** Budget money (预算安排资金): fiscal funds, superior subsidies, and joint government–enterprise investment, which includes government budget money. */
export function usesBudgetFunds(app: Section | undefined): boolean {
  const sources = readList(app, 'fundingSources') ?? [];
  return sources.includes('fiscal') || sources.includes('superior-subsidy') || sources.includes('joint');
}

export function totalInvestmentFen(d: DossierSections): number | undefined {
  return readFen(d.application, 'totalInvestment');
}

/** The document kinds already supplied in a section's checklist; undefined when not filled yet. */
export function suppliedDocuments(s: Section | undefined): Set<string> | undefined {
  const list = readStrings(s, 'attachments');
  return list ? new Set(list) : undefined;
}

export function missingFrom<T extends string>(supplied: Set<string>, required: readonly T[]): T[] {
  return required.filter((k) => !supplied.has(k));
}

export function sub(s: Section | undefined, key: string): Section | undefined {
  return section(field(s, key));
}
