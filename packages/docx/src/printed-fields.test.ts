import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { derivePrintedFields } from './printed-fields.js';

const derived = derivePrintedFields();
const committedFile = new URL('./printed-fields.json', import.meta.url);
// `npm run docs -w packages/docx` writes the file anew (after a template, mapper or form change).
if (process.env.GOVFORMS_WRITE_PRINTED_FIELDS === '1') writeFileSync(committedFile, `${JSON.stringify(derived, null, 2)}\n`);

describe('which template tags print a field', () => {
  test('printed-fields.json equals the derivation from the real templates and mappers (run `npm run docs -w packages/docx` after a change)', () => {
    const committed = JSON.parse(readFileSync(committedFile, 'utf8'));
    expect(committed).toEqual(derived);
  });
});

describe('the derivation', () => {
  test('总投资 is printed by the application form and the review opinion', () => {
    expect(derived['/application/totalInvestment']).toEqual([
      { template: 'application-form', tag: '{#applicationFields}' },
      { template: 'review-opinion', tag: '{#reviewFacts}' },
    ]);
  });
  test('a budget line amount (any index: *) is printed by the budget tables and totals', () => {
    expect(derived['/budget/items/*/amount']).toContainEqual({ template: 'construction-plan', tag: '{#budget.items}' });
    expect(derived['/budget/items/*/amount']).toContainEqual({ template: 'application-form', tag: '{budgetSummary.totalFigure}' });
  });
  test('a field inside a group is printed with its form’s fields; a field no template shows is not listed', () => {
    expect(derived['/application/applicant/name']).toContainEqual({ template: 'application-form', tag: '{#applicationFields}' });
    expect(derived['/milestones/listedOn']).toBeUndefined();
  });
  test('the completion checklist computes the warranty end from the acceptance date', () => {
    expect(derived['/completion/acceptanceDate']).toContainEqual({ template: 'completion-checklist', tag: '{warrantyUntil}' });
  });
});
