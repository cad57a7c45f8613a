import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { articleLabel } from '../articles.js';
import { ruleMessages } from './messages.js';

const doc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');

test('docs/rules.md lists every finding the rules can produce, under its article', () => {
  for (const id of Object.keys(ruleMessages)) {
    const article = Number(/^art(\d+)\./.exec(id)?.[1]);
    const row = doc.split('\n').find((line) => line.includes(`\`${id}\``));
    expect(row, id).toBeDefined();
    expect(row!.startsWith(`| ${articleLabel(article)} |`), `${id} under ${articleLabel(article)}`).toBe(true);
  }
});

test('every message cites its article in both locales', () => {
  for (const [id, m] of Object.entries(ruleMessages)) {
    const article = Number(/^art(\d+)\./.exec(id)?.[1]);
    expect(m['zh-CN']({}), id).toContain(articleLabel(article));
    expect(m.en({}), id).toContain(`art. ${article}`);
  }
});
