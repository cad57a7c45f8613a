import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getForm, resolveRef, type SchemaNode } from '@govforms/core';
import { messagesFor } from '../../i18n/messages.js';
import { budgetColumns } from './columns.js';
import { choiceOf, parseTsv, pasteLayout, readPaste } from './paste.js';

const form = getForm('budget');
const schema = form.schema as SchemaNode & { properties: { items: SchemaNode } };
const columns = budgetColumns({
  form, pointer: '/items', itemSchema: resolveRef(schema, schema.properties.items.items as SchemaNode), detail: undefined, rootSchema: schema, locale: 'zh-CN',
});
const col = (key: string) => columns.find((c) => c.key === key)!;
const t = messagesFor('zh-CN');

/** What Excel writes for one cell: quoted when it holds a tab, a line break or a quote. */
const excelCell = (s: string) => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('parseTsv (Excel / WPS clipboard text)', () => {
  it('splits rows and cells; a final line break adds no row; CRLF and LF both end a line', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('a\t\tc\n')).toEqual([['a', '', 'c']]);
    expect(parseTsv('a\t')).toEqual([['a', '']]);
  });

  it('reads quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseTsv('"第一行\n第二行"\t"含\t制表"\t"他说""好"""\n')).toEqual([['第一行\n第二行', '含\t制表', '他说"好"']]);
  });

  it('a quote inside an unquoted cell, or one that never closes, is text', () => {
    expect(parseTsv('5"屏\tx')).toEqual([['5"屏', 'x']]);
    expect(parseTsv('"未闭合\tx')).toEqual([['"未闭合', 'x']]);
  });

  it('property: any grid Excel writes reads back cell for cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '开', ' ', '\t', '\n', '"', '1', ',') });
    const grid = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(grid, (rows) => {
      const width = rows[0]!.length;
      const square = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
      const text = square.map((r) => r.map(excelCell).join('\t')).join('\r\n') + '\r\n';
      expect(parseTsv(text)).toEqual(square);
    }), { numRuns: 500 });
  });
});

describe('pasted columns and cells', () => {
  it('a header row in zh-CN or English decides the columns, units in brackets aside', () => {
    const layout = pasteLayout(['名称', 'Category', '金额（万元）', '说明'], columns, 'category');
    expect(layout).toEqual({ header: true, keys: ['name', 'category', 'amount', undefined], wan: [false, false, true, false] });
  });

  it('without a header the columns follow the table from the focused cell', () => {
    expect(pasteLayout(['系统开发', '2025', '3'], columns, 'name')).toEqual({ header: false, keys: ['name', 'year', 'quantity'], wan: [false, false, false] });
  });

  it('categories by label in either language, by the label without 费, or by id', () => {
    for (const text of ['开发费', '开发', ' Development ', 'development', 'DEVELOPMENT']) expect(choiceOf(text, col('category'))).toBe('development');
    expect(choiceOf('其他', col('category'))).toBe('other');
    expect(choiceOf('差旅费', col('category'))).toBeUndefined();
  });

  it('reads money with separators, ¥ and 万元 exactly; bad cells keep their text and say why', () => {
    const text = [
      '费用类别\t名称\t数量\t单价（元）\t金额（元）',
      '开发费\t系统开发\t3\t¥12,345.67\t37,037.01',
      '培训\t培训\t1\t12.5万元\t 12.5万 ',
      '差旅费\t差旅\t两个\t1.234\t',
      '', // a blank line is skipped
    ].join('\n');
    const { layout, rows } = readPaste(text, columns, 'category', t);
    expect(layout.header).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ values: { category: 'development', name: '系统开发', quantity: 3, unitPrice: 12345.67, amount: 37037.01 }, bad: {} });
    expect(rows[1]!.values).toEqual({ category: 'training', name: '培训', quantity: 1, unitPrice: 125000, amount: 125000 });
    expect(rows[2]!.values).toEqual({ category: undefined, name: '差旅', quantity: undefined, unitPrice: undefined, amount: undefined });
    expect(rows[2]!.bad).toEqual({
      category: { text: '差旅费', message: '不是可选的类别，请从列表中选择' },
      quantity: { text: '两个', message: expect.any(String) },
      unitPrice: { text: '1.234', message: expect.any(String) },
    });
  });

  it('a header in 万元 turns 0.000001 万元 into 0.01 yuan and refuses a part of a fen', () => {
    const { rows } = readPaste('名称\t金额（万元）\na\t0.000001\nb\t0.0000001\n', columns, 'name', t);
    expect(rows[0]!.values.amount).toBe(0.01);
    expect(rows[1]!.bad.amount?.text).toBe('0.0000001');
  });

  it('property: an amount in 万元 reads as exactly ×10,000 yuan (integer fen arithmetic)', () => {
    const fen = fc.integer({ min: 0, max: 10_000_000_000 });
    fc.assert(fc.property(fen, (f) => {
      // f fen = f / 1,000,000 万元: write it with six decimals.
      const wan = `${Math.floor(f / 1_000_000)}.${String(f % 1_000_000).padStart(6, '0')}`;
      const { rows } = readPaste(`金额（万元）\n${wan}`, columns, 'amount', t);
      expect(rows[0]!.values.amount).toBe(f / 100);
    }), { numRuns: 2000 });
  });
});
