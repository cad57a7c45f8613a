import { availableLocales } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { localeName, messagesFor } from './messages.js';

describe('the language menu', () => {
  it('names each locale in its own language', () => {
    expect(localeName('zh-CN')).toBe('中文');
    expect(localeName('en')).toBe('English');
  });

  it('offers every locale govforms has words for, each under a name of its own', () => {
    const names = availableLocales().map(localeName);
    expect(availableLocales()).toEqual(expect.arrayContaining(['zh-CN', 'en']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('a locale without playground words yet is named by the browser, not as 中文', () => {
    expect(localeName('fr')).toBe('français');
  });
});

describe('the playground’s words', () => {
  it('file names offered for download follow the locale', () => {
    expect(messagesFor('zh-CN').exports.budgetFile()).toBe('预算明细表.xlsx');
    expect(messagesFor('en').exports.budgetFile()).toBe('budget.xlsx');
    expect(messagesFor('zh-CN').data.dossierFile()).toBe('申报材料.json');
    expect(messagesFor('en').exports.wordFile({ title: 'Construction plan' })).toBe('Construction plan.docx');
  });

  it('a form’s state: what is left to fix and the regulation notes, counted', () => {
    expect(messagesFor('zh-CN').nav.status({ issues: 0, findings: 0 })).toBe('已填好');
    expect(messagesFor('zh-CN').nav.status({ issues: 2, findings: 1 })).toBe('2 处待改 · 1 项规定提示');
    expect(messagesFor('en').nav.status({ issues: 0, findings: 1 })).toBe('complete · 1 regulation note');
    expect(messagesFor('en').nav.status({ issues: 3, findings: 2 })).toBe('3 to fix · 2 regulation notes');
  });
});

describe('the review page’s words', () => {
  it('what was read and what was skipped, counted', () => {
    expect(messagesFor('zh-CN').review.files.summary({ loaded: 48, skipped: 2 })).toBe('已读取 48 份，跳过 2 份');
    expect(messagesFor('zh-CN').review.files.summary({ loaded: 50, skipped: 0 })).toBe('已读取 50 份');
    expect(messagesFor('en').review.files.summary({ loaded: 1, skipped: 0 })).toBe('1 dossier read');
    expect(messagesFor('en').review.files.summary({ loaded: 48, skipped: 2 })).toBe('48 dossiers read, 2 skipped');
    expect(messagesFor('en').review.table.overdue({ days: 1 })).toBe('1 day overdue');
  });
});
