// Real client: Python openpyxl, an independent reader. With data_only=True it shows the cached
// results only, like previewers and phone apps that never recalculate.
import { getForm, summarizeBudget } from '@govforms/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasPythonReaders, requireClient, runPython } from '../../../testing/real-clients.js';
import { INJECTION_PAYLOADS, NON_BMP, sample, withItems, type Dossier } from '../test-support/budgets.js';
import { writeTemp } from '../test-support/lo.js';
import { buildBudgetWorkbook } from './index.js';

const available = requireClient('openpyxl', () => hasPythonReaders('openpyxl'), 'apt-get install python3-openpyxl');

const READ = `
import sys, json, openpyxl
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
live = openpyxl.load_workbook(sys.argv[1])
s, d = live['汇总'], live['明细']
dv = d.data_validations.dataValidation
print(json.dumps({
  'sheets': live.sheetnames,
  'summary': [[r[0].value, r[1].value] for r in cached['汇总'].iter_rows(min_row=2, max_col=2)],
  'summaryFormulas': [[r[0].value, r[1].value] for r in s.iter_rows(min_row=2, max_col=2)],
  'amount': [d['G2'].value, cached['明细']['G2'].value, d['G2'].number_format],
  'names': [[c.value, c.data_type, c.number_format] for c in d['C'][1:]],
  'validation': [[v.type, v.formula1, str(v.sqref)] for v in dv],
  'freeze': d.freeze_panes, 'titles': d.print_title_rows, 'filter': d.auto_filter.ref,
  'footer': d.oddFooter.center.text, 'paper': d.page_setup.paperSize, 'orientation': d.page_setup.orientation,
  'notes': [r[1].value for r in live['说明'].iter_rows(min_row=3, max_col=2)],
}, ensure_ascii=False))
`;

interface Read {
  sheets: string[]; summary: [unknown, unknown][]; summaryFormulas: [unknown, unknown][]; amount: unknown[];
  names: [string, string, string][]; validation: string[][]; freeze: string; titles: string; filter: string;
  footer: string; paper: number; orientation: string; notes: string[];
}

const read = async (d: Dossier): Promise<Read> => JSON.parse(runPython(READ, [writeTemp('b.xlsx', await buildBudgetWorkbook(d))])) as Read;

describe.skipIf(!available)('openpyxl', () => {
  const d = sample();
  let r: Read;
  beforeAll(async () => {
    r = await read(d);
  });

  test('data_only=True: every summary figure has its cached result, equal to summarizeBudget', () => {
    const s = summarizeBudget(d.budget);
    const cached = new Map(r.summary);
    expect(cached.get('开发费')).toBe(s.byCategory.development);
    expect(cached.get('其他费用')).toBe(s.byCategory.other);
    expect(cached.get(2024)).toBe(s.byYear['2024']);
    expect(cached.get('数据资源成本合计')).toBe(s.dataResourcesTotal);
    expect(cached.get('预算总计')).toBe(s.total);
    expect(cached.get('核对：预算总计与申报总投资')).toBe('一致');
    const formulas = r.summaryFormulas.filter(([, f]) => typeof f === 'string' && f.startsWith('='));
    // 6 categories, items total, one year, years total, data resources, grand total, 2 checks; none uncached.
    expect(formulas.length).toBe(13);
    for (const [label] of formulas) expect(cached.get(label), String(label)).not.toBeNull();
  });
  test('the amount cell is a live formula with its cached result and money format', () => {
    expect(r.amount).toEqual(['=ROUND(E2*F2,2)', 1200000, '#,##0.00']);
  });
  test('category dropdown, frozen header, autofilter, A4 landscape, repeated header, page n / N', () => {
    const labels = (getForm('budget').schema as any).properties.items.items.properties.category.oneOf.map((o: { title: string }) => o.title);
    expect(r.validation).toEqual([['list', `"${labels.join(',')}"`, 'B2:B1048576']]);
    expect([r.freeze, r.titles, r.filter, r.paper, r.orientation]).toEqual(['A2', '$1:$1', 'A1:H13', 9, 'landscape']);
    expect(r.footer).toBe('第 &P 页 / 共 &N 页');
    expect(r.sheets).toEqual(['汇总', '明细', '数据资源', '说明']);
    expect(r.notes.join('\n')).toContain(`预算明细 ${getForm('budget').version}`);
  });
  test('formula-injection payloads are strings (data_type "s"), text-formatted; non-BMP survives', async () => {
    const names = [...INJECTION_PAYLOADS, `响铃\u0007${NON_BMP}`];
    const hostile = await read(withItems(names.map((name, i) => ({ category: 'other', name, amount: i }))));
    expect(hostile.names).toEqual(names.map((n) => [n.replace(/\r/g, '\n').replace(/\u0007/g, ''), 's', '@']));
  });
});
