import { listForms, validateForm, checkDossier, sampleDossier } from '@govforms/core';
import { coldMedian, medianMs } from './lib.mjs';

/** The sample dossier with its budget grown to `n` line items (totals kept consistent). */
function dossierWithItems(n) {
  const d = sampleDossier();
  const items = Array.from({ length: n }, (_, i) => ({
    category: ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'][i % 6],
    name: `费用明细 ${i + 1}`, year: 2024, quantity: 2, unitPrice: 1234.56, amount: 2469.12,
  }));
  d.budget.items = items;
  d.budget.dataResources = [];
  d.application.totalInvestment = (246912 * n) / 100;
  return d;
}

function validateAndCheck(d) {
  for (const f of listForms()) validateForm(f.id, d[f.dossierKey]);
  return checkDossier(d, { today: '2026-11-25' });
}

export default async function () {
  const sample = sampleDossier();
  const big = dossierWithItems(5000);
  const coldScript = new URL('./core-cold.mjs', import.meta.url).pathname;
  return [
    { id: 'core.sample.warm', label: 'validate + check, sample dossier (warm)', unit: 'ms', target: 2,
      value: await medianMs(() => validateAndCheck(sample), { warmup: 20, iterations: 200 }) },
    { id: 'core.items5000.warm', label: 'validate + check, 5,000 budget items (warm)', unit: 'ms', target: 20,
      value: await medianMs(() => validateAndCheck(big), { warmup: 5, iterations: 50 }) },
    { id: 'core.sample.cold', label: 'first validate + check incl. compiling (cold)', unit: 'ms', target: 150,
      value: coldMedian(coldScript, 'firstCallMs') },
    { id: 'core.import.cold', label: 'import @govforms/core (cold)', unit: 'ms',
      value: coldMedian(coldScript, 'importMs') },
  ];
}
