import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import zh from '../../../../locales/zh-CN/core.json';
import en from '../../../../locales/en/core.json';
import { articleLabel } from '../articles.js';

const doc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
const articleOf = (id: string) => Number(/^art(\d+)\./.exec(id)?.[1]);

test('docs/rules.md lists every finding the rules can produce, under its article', () => {
  for (const id of Object.keys(zh.rules)) {
    const row = doc.split('\n').find((line) => line.includes(`\`${id}\``));
    expect(row, id).toBeDefined();
    expect(row!.startsWith(`| ${articleLabel(articleOf(id))} |`), `${id} under ${articleLabel(articleOf(id))}`).toBe(true);
  }
});

test('every finding message cites its article, in zh-CN and in English', () => {
  for (const [id, text] of Object.entries(zh.rules)) expect(text, id).toContain(articleLabel(articleOf(id)));
  for (const [id, text] of Object.entries(en.rules)) expect(text, id).toContain(`art. ${articleOf(id)}`);
  expect(Object.keys(en.rules).sort()).toEqual(Object.keys(zh.rules).sort());
});
