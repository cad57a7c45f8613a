import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { derivePrintedFields, templatesPrinting } from './printed-fields.js';

const derived = derivePrintedFields();

describe('which template tags print a field', () => {
  test('printed-fields.json equals the derivation from the real templates and mappers (run `npm run build && npm run docs -w packages/docx` after a change)', () => {
    const committed = JSON.parse(readFileSync(new URL('./printed-fields.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(derived);
  });
});

describe('templatesPrinting', () => {
  test('总投资 is printed by the application form and the review opinion', () => {
    expect(templatesPrinting('/application/totalInvestment')).toEqual([
      { template: 'application-form', tag: '{#applicationFields}' },
      { template: 'review-opinion', tag: '{#reviewFacts}' },
    ]);
  });
  test('a budget line amount, at any index, is printed by the budget tables and totals', () => {
    const tags = templatesPrinting('/budget/items/3/amount');
    expect(tags).toContainEqual({ template: 'construction-plan', tag: '{#budget.items}' });
    expect(tags).toContainEqual({ template: 'application-form', tag: '{budgetSummary.totalFigure}' });
  });
  test('a group is printed wherever a field inside it is, and a field no template shows by nothing', () => {
    expect(templatesPrinting('/application/applicant')).toContainEqual({ template: 'application-form', tag: '{#applicationFields}' });
    expect(templatesPrinting('/milestones/listedOn')).toEqual([]);
    expect(derived['/milestones/listedOn']).toBeUndefined();
  });
  test('the completion checklist computes the warranty end from the acceptance date', () => {
    expect(templatesPrinting('/completion/acceptanceDate')).toContainEqual({ template: 'completion-checklist', tag: '{warrantyUntil}' });
  });
});
