// Shared inputs for the xlsx benchmarks: the sample dossier grown to n line items, and the
// plain rows the bare-exceljs reference writes.
import { sampleDossier } from '@govforms/core';

const CATEGORIES = ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'];

/** n line items; every other one priced (quantity × unit price, a live formula in the workbook). */
export function dossierWithItems(n) {
  const d = sampleDossier();
  d.budget.items = Array.from({ length: n }, (_, i) => (i % 2 === 0
    ? { category: CATEGORIES[i % 6], name: `费用明细 ${i + 1}`, year: 2024, quantity: 2, unitPrice: 1234.56, amount: 2469.12, note: '按两人月测算' }
    : { category: CATEGORIES[i % 6], name: `费用明细 ${i + 1}`, year: 2025, amount: 1000.01 }));
  return d;
}

/** The same rows as bare values (no styles, no formulas) for the reference figures. */
export function plainRow(i) {
  return [i + 1, '开发费', `费用明细 ${i + 1}`, 2024, 2, 1234.56, 2469.12, '按两人月测算'];
}
