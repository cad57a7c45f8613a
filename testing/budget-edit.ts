/**
 * What a finance officer does to a budget workbook, as an openpyxl script for the import tests
 * (CLI and browser): change an amount (明细!G3 → 800,000.25), delete a row, add one.
 * Arguments: the workbook, where to save it, and `values` to save the formulas' results in
 * their place (openpyxl computes nothing; `formulas` keeps them without results).
 */
export const OPENPYXL_BUDGET_EDIT = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=sys.argv[3] == 'values')
ws = wb['明细']
ws['G3'] = 800000.25
ws.delete_rows(4)
ws.append([None, '维护费', '驻场运维服务', 2025, None, None, 1000.5, None])
wb.save(sys.argv[2])
`;

type Budget = { items: Record<string, unknown>[]; dataResources: Record<string, unknown>[] };

/** The budget the edited workbook should read back as: the same three edits made to the JSON. */
export function budgetAfterEdit<B extends Budget>(budget: B): B {
  const b = structuredClone(budget);
  b.items[1]!.amount = 800000.25;
  b.items.splice(2, 1);
  b.items.push({ category: 'maintenance', name: '驻场运维服务', year: 2025, amount: 1000.5 });
  return b;
}
