// Real client: Python openpyxl reads the projects summary workbook. With data_only=True it
// shows cached results only, like previewers and phone apps that never recalculate.
import { beforeAll, describe, expect, test } from 'vitest';
import { hasPythonReaders, requireClient, runPython } from '../../../testing/real-clients.js';
import { INJECTION_PAYLOADS, NON_BMP } from '../test-support/budgets.js';
import { writeTemp } from '../test-support/lo.js';
import { grandTotal, project, projects, TODAY } from '../test-support/projects.js';
import { buildProjectsSummaryWorkbook } from './index.js';

const available = requireClient('openpyxl', () => hasPythonReaders('openpyxl'), 'apt-get install python3-openpyxl');

const READ = `
import sys, json, openpyxl
live = openpyxl.load_workbook(sys.argv[1])
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
formulas, uncached, texts = [], [], []
for ws in live.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == 'f':
                value = cached[ws.title][c.coordinate].value
                formulas.append([ws.title, c.coordinate, c.value, value])
                if value is None:
                    uncached.append(ws.title + '!' + c.coordinate)
            elif isinstance(c.value, str) and c.value[:1] in '=+-@':
                texts.append([ws.title, c.value, c.data_type])
p = live['项目汇总']
due = [c for c in p['Y'][1:] if c.value is not None]
print(json.dumps({
  'sheets': live.sheetnames, 'formulas': formulas, 'uncached': uncached, 'texts': texts,
  'freeze': p.freeze_panes, 'filter': p.auto_filter.ref, 'titles': p.print_title_rows,
  'orientation': p.page_setup.orientation, 'footer': p.oddFooter.center.text,
  'due': [[c.is_date, c.value.isoformat()[:10]] for c in due],
  'names': [c.value for c in p['C'][1:]],
}, ensure_ascii=False))
`;

interface Read {
  sheets: string[]; formulas: [string, string, string, unknown][]; uncached: string[]; texts: [string, string, string][];
  freeze: string; filter: string; titles: string; orientation: string; footer: string; due: [boolean, string][]; names: (string | null)[];
}

async function read(dossiers: ReturnType<typeof projects>, skipped: { file: string; reason: string }[] = []): Promise<Read> {
  const path = writeTemp('summary.xlsx', await buildProjectsSummaryWorkbook(dossiers, { today: TODAY, skipped }));
  return JSON.parse(runPython(READ, [path])) as Read;
}

describe.skipIf(!available)('openpyxl: the projects summary', () => {
  const list = projects();
  let r: Read;
  beforeAll(async () => {
    r = await read(list);
  });

  test('every formula carries its cached result (data_only=True never sees None)', () => {
    // Per project: 预算合计 and 核对; the totals row: 总投资, 6 categories, data resources, 4 years, 预算合计, 3 counts.
    expect(r.formulas).toHaveLength(list.length * 2 + 16);
    expect(r.uncached).toEqual([]);
    const grand = r.formulas.find(([, , f]) => f === `=SUM(R2:R${list.length + 1})`);
    expect(grand?.[3]).toBe(grandTotal(list));
  });

  test('frozen header and first three columns, autofilter, A4 landscape with the header on every page, page n / N', () => {
    expect(r.sheets).toEqual(['项目汇总', '审核要点', '说明']);
    expect([r.freeze, r.filter, r.titles, r.orientation, r.footer]).toEqual(['D2', `A1:Z${list.length + 1}`, '$1:$1', 'landscape', '第 &P 页 / 共 &N 页']);
  });

  test('due dates are real dates (yyyy-mm-dd), not text', () => {
    expect(r.due.length).toBeGreaterThan(0);
    for (const [isDate, iso] of r.due) {
      expect(isDate).toBe(true);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('text that starts with = + - @ is a string cell (data_type "s") on every sheet; non-BMP survives', async () => {
    const names = [...INJECTION_PAYLOADS, NON_BMP];
    const hostile = names.map((name, i) => project(name, [{ category: 'other', name: 'x', amount: i + 1 }]));
    const h = await read(hostile, [{ file: '=1+1.json', reason: '-2+3' }]);
    expect(h.names.slice(0, names.length)).toEqual(names.map((n) => n.replace(/\r/g, '\n')));
    const starting = (sheet: string) => h.texts.filter(([s]) => s === sheet);
    expect(starting('项目汇总').length).toBeGreaterThanOrEqual(4);
    expect(starting('审核要点').length).toBeGreaterThanOrEqual(4);
    expect(starting('说明').map(([, v]) => v)).toEqual(expect.arrayContaining(['=1+1.json', '-2+3']));
    for (const [, , type] of h.texts) expect(type).toBe('s');
    // No formula other than the generated ones.
    expect(h.formulas.every(([, , f]) => /^=(SUM|IF)\(/.test(f))).toBe(true);
  });
});
