import Ajv from 'ajv';
import { listForms, validateForm, checkDossier, sampleDossier, getForm } from '@govforms/core';
import { coldMedian, medianMs } from './lib.mjs';

/**
 * The reference for validation speed: the budget schema compiled at run time by plain Ajv,
 * configured as govforms was (allErrors, verbose) but with every format stubbed, i.e. the
 * least a run-time validator can cost (the issue measured 0.75 ms for it, 2.89 ms with
 * govforms' formats).
 */
function stubbedAjvValidator() {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false });
  for (const name of ['date', 'email', 'yuan', 'decimal2', 'uscc', 'phone']) ajv.addFormat(name, { validate: () => true });
  return ajv.compile(getForm('budget').schema);
}

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
  const stubbed = stubbedAjvValidator();
  const budget = big.budget;
  return [
    { id: 'core.validate.budget5000', label: 'validate budget form, 5,000 items (precompiled)', unit: 'ms',
      value: await medianMs(() => validateForm('budget', budget), { warmup: 20, iterations: 100 }),
      reference: { label: 'run-time Ajv, formats stubbed', value: await medianMs(() => stubbed(budget), { warmup: 20, iterations: 100 }) } },
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
