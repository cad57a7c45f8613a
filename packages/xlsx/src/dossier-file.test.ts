import { sampleDossier, summarizeBudget } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { dossierFileSizeProblem, readDossierBytes, readDossierText } from './dossier-file.js';

const MB = 1024 * 1024;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a dossier file (summarize and the review page share it)', () => {
  it('a dossier is read with its budget summed in fen', () => {
    const r = readDossierText('a.json', JSON.stringify(sampleDossier()));
    if (!('dossier' in r)) throw new Error(r.reason);
    expect(r.budget?.totalFen).toBe(Math.round(summarizeBudget(sampleDossier().budget!).total * 100));
  });

  it('a BOM before the JSON is allowed', () => {
    expect('dossier' in readDossierBytes('a.json', bytes(`\uFEFF${JSON.stringify(sampleDossier())}`), MB)).toBe(true);
  });

  it.each([
    ['empty bytes', '', '文件为空'],
    ['whitespace only', ' \n\t', '文件为空'],
    ['broken JSON, with the place', '{\n  "application": {', /^不是有效的 JSON（第 2 行第 \d+ 列附近有语法错误）$/],
    ['an array', '[]', '不是一份材料（应为 JSON 对象）'],
    ['another form’s data', '{"projectName":"x","totalInvestment":1}', /^不是一份材料：其中没有任何材料分项/],
  ])('%s is refused with its reason', (_what, text, reason) => {
    const r = readDossierBytes('x.json', bytes(text), MB);
    expect('reason' in r ? r.reason : 'read').toMatch(reason);
  });

  it('bytes that are not UTF-8 are refused as such', () => {
    const r = readDossierBytes('gbk.json', new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]), MB);
    expect(r).toEqual({ file: 'gbk.json', reason: '不是 UTF-8 编码的文本' });
  });

  it('the size limit: at the limit is read, one byte over is not (rounded up, in the caller’s locale)', () => {
    expect(dossierFileSizeProblem(20 * MB, 20 * MB)).toBeUndefined();
    expect(dossierFileSizeProblem(20 * MB + 1, 20 * MB)).toBe('文件过大（20.1 MB），上限为 20 MB，未读取');
    expect(dossierFileSizeProblem(20 * MB + 1, 20 * MB, 'en')).toBe('the file is too large (20.1 MB; the limit is 20 MB): not read');
    expect(dossierFileSizeProblem(0, 20 * MB, 'en')).toBe('the file is empty');
  });
});
