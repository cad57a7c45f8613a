import { describe, expect, it } from 'vitest';
import { dossierKeys, getForm, sampleDossier } from '@govforms/core';
import { applyImport, readImport } from './dossier-io.js';

const application = getForm('application');

describe('readImport', () => {
  it('budget rows over the schema\'s maximum (100,000) are refused at once, naming the limit; 100,000 are read', () => {
    const row = { category: 'other', name: 'x', amount: 1 };
    const over = readImport(JSON.stringify({ budget: { items: Array.from({ length: 100_001 }, () => row) } }), application);
    expect(over).toEqual({ ok: false, message: '“预算明细”的“费用明细”最多 100,000 行，文件中有 100,001 行，未导入。当前填写的内容没有改动。' });
    const budgetForm = readImport(JSON.stringify({ items: Array.from({ length: 100_001 }, () => row) }), getForm('budget'), 'en');
    expect(budgetForm.ok ? '' : budgetForm.message).toMatch(/holds at most 100,000 rows; the file has 100,001\. Not imported\./);
    expect(readImport(JSON.stringify({ budget: { items: Array.from({ length: 100_000 }, () => row) } }), application).ok).toBe(true);
  });

  it('a broken file says where it breaks and that nothing changed', () => {
    const r = readImport('{\n  "application": {\n    "projectName": "x",\n  }\n}', application);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^文件不是有效的 JSON（第 \d+ 行第 \d+ 列附近）。当前填写的内容没有改动。$/);
    }
  });

  it('an array, a number or an empty object is refused with the reason', () => {
    expect(readImport('[1,2]', application)).toMatchObject({ ok: false, message: expect.stringContaining('而不是数组') });
    expect(readImport('42', application)).toMatchObject({ ok: false, message: expect.stringContaining('而不是数字') });
    expect(readImport('{}', application)).toMatchObject({ ok: false, message: expect.stringContaining('没有任何内容') });
  });

  it('a whole dossier is read as sections', () => {
    const d = sampleDossier();
    expect(readImport(JSON.stringify(d), application)).toMatchObject({ ok: true, kind: 'dossier', sections: d });
  });

  it('every section core knows is a part of a dossier', () => {
    const sections = Object.fromEntries(dossierKeys().map((k) => [k, {}]));
    expect(readImport(JSON.stringify(sections), application)).toEqual({ ok: true, kind: 'dossier', sections });
  });

  it('a dossier with an unknown part or a part that is not an object is refused', () => {
    expect(readImport('{"application":{},"extra":1}', application)).toMatchObject({ ok: false, message: expect.stringContaining('extra') });
    expect(readImport('{"budget":[1]}', application)).toMatchObject({ ok: false, message: expect.stringContaining('“预算明细”部分应为一个对象') });
  });

  it('the current form’s own data is imported into it', () => {
    const data = sampleDossier().application;
    expect(readImport(JSON.stringify(data), application)).toEqual({ ok: true, kind: 'form', key: 'application', data });
  });

  it('another form’s data is refused, naming the form it belongs to and offering it', () => {
    const budget = sampleDossier().budget;
    const r = readImport(JSON.stringify(budget), application);
    expect(r).toMatchObject({ ok: false, elsewhere: { key: 'budget', data: budget } });
    if (!r.ok) expect(r.message).toBe('这是“预算明细”的数据，不是“项目申报表”的。当前填写的内容没有改动。');
  });

  it('in English, the forms are named by their English titles', () => {
    const r = readImport(JSON.stringify(sampleDossier().budget), application, 'en');
    if (r.ok) throw new Error('budget data was imported into the application form');
    expect(r.message).toBe('This is data of “Budget details”, not of “Project application form”. Nothing you typed was changed.');
    expect(readImport('{"budget":[1]}', application, 'en')).toMatchObject({ ok: false, message: expect.stringContaining('The “Budget details” part should be an object') });
  });

  it('at most six unknown fields are named', () => {
    const r = readImport('{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7}', application);
    expect(r).toMatchObject({ ok: false, message: '文件中的字段（a、b、c、d、e、f等）不属于任何一张表单。当前填写的内容没有改动。' });
    expect(readImport('{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7}', application, 'en'))
      .toMatchObject({ ok: false, message: 'The fields (a, b, c, d, e, f…) belong to no form. Nothing you typed was changed.' });
  });

  it('fields of no form are named; English when asked', () => {
    expect(readImport('{"foo":1,"bar":2}', application)).toMatchObject({ ok: false, message: expect.stringContaining('foo、bar') });
    expect(readImport('nope', application, 'en')).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is not valid JSON.*Nothing you typed was changed\.$/) });
  });

  it('applyImport replaces only the imported sections', () => {
    const d = sampleDossier();
    const next = applyImport(d, { ok: true, kind: 'dossier', sections: { budget: { items: [] } } });
    expect(next.budget).toEqual({ items: [] });
    expect(next.application).toBe(d.application);
  });
});
