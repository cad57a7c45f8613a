import { fireEvent, screen, within } from '@testing-library/react';
import { BUDGET_CATEGORIES, fieldTitle, listForms, type FormDefinition, type Locale } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { GovForm } from '../GovForm.js';
import { renderForm } from '../test-support/setup.js';
import {
  choicesAt, dataShowingEverything, expectedWords, fieldLabel, HAN, layoutLabels, schemaAt, shownWords, translatedLocales,
} from '../test-support/form-text.js';

const forms = listForms().map((f) => [f.id, f] as const);
/** Every form with every locale it has its own words for (forms/<id>/i18n/<locale>.json). */
const translated = listForms().flatMap((f) => translatedLocales(f).map((locale) => [f.id, locale, f] as const));

function stepButtons(): HTMLElement[] {
  return within(screen.getAllByRole('navigation')[0]!).getAllByRole('button');
}

/** Opens each step in turn and calls `check` with its index; the sum of what `check` counted. */
function eachStep(check: (index: number) => number): number {
  const count = stepButtons().length;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    fireEvent.click(stepButtons()[i]!);
    sum += check(i);
  }
  return sum;
}

/**
 * Compares every field, choice, help text and layout title of the open step with what it should
 * say; returns how many fields it compared.
 */
function expectStepWords(form: FormDefinition, locale: Locale, step: number): number {
  const want = expectedWords(form, locale);
  const where = `${form.id} (${locale}) step ${step + 1}`;
  const fields = Array.from(document.querySelectorAll('.gf-main [data-gf-field]'));
  for (const field of fields) {
    const pointer = field.getAttribute('data-gf-field')!;
    expect(fieldLabel(field), `${where}: label of ${pointer}`).toBe(want.label(pointer));
    const help = field.querySelector(':scope > .gf-help')?.textContent;
    if (help !== undefined) expect(help, `${where}: help of ${pointer}`).toBe(want.description(pointer));
    const choices = choicesAt(form, pointer);
    if (!choices.length) continue;
    const shown = Array.from(field.querySelectorAll('.gf-choice span:first-of-type, option:not([value=""])'), (el) => el.textContent);
    expect(shown, `${where}: choices of ${pointer}`).toEqual(choices.map((c) => want.choice(pointer, c)));
  }
  const layouts = new Set(layoutLabels(form).map(want.layout));
  for (const title of Array.from(document.querySelectorAll('.gf-main .gf-group-title, .gf-main .gf-step-title'))) {
    expect(layouts, `${where}: layout title`).toContain(title.textContent);
  }
  return fields.length;
}

describe('the form’s own words follow the locale', () => {
  it.each(forms)('%s has English words, the second locale (forms/<id>/i18n/en.json)', (_, form) => {
    expect(translatedLocales(form)).toContain('en');
  });

  it.each(translated)('every step of %s in %s has no Chinese label, legend, option, help text or step title', (_, locale, form) => {
    renderForm({ form: form.id, data: dataShowingEverything(form), locale, showFindings: false });
    const want = expectedWords(form, locale);
    const steps = (form.uischema as { elements?: { label?: string }[] }).elements ?? [];
    expect(Array.from(document.querySelectorAll('.gf-step-label'), (el) => el.textContent))
      .toEqual(steps.map((s) => want.layout(s.label!)));
    const compared = eachStep((i) => {
      const chinese = shownWords(document).filter((w) => HAN.test(w));
      expect(chinese, `${form.id} (${locale}) step ${i + 1}`).toEqual([]);
      return expectStepWords(form, locale, i);
    });
    expect(compared).toBeGreaterThan(0);
  });

  it.each(forms)('zh-CN (the default): every step of %s shows the schema’s titles, descriptions and choices', (_, form) => {
    renderForm({ form: form.id, data: dataShowingEverything(form) });
    const steps = (form.uischema as { elements?: { label?: string }[] }).elements ?? [];
    expect(Array.from(document.querySelectorAll('.gf-step-label'), (el) => el.textContent)).toEqual(steps.map((s) => s.label));
    expect(eachStep((i) => expectStepWords(form, 'zh-CN', i))).toBeGreaterThan(0);
  });

  it.each(['zh-CN', 'en'] as const)('%s: the budget table’s column headers, categories and subtotal rows', (locale) => {
    const budget = listForms().find((f) => f.id === 'budget')!;
    renderForm({ form: 'budget', data: budget.sample, locale });
    const want = expectedWords(budget, locale);
    const heads = Array.from(document.querySelectorAll('.gf-budget-table thead th[class^="gf-budget-head--"]'));
    expect(heads.length).toBeGreaterThan(0);
    for (const th of heads) expect(th.textContent).toBe(want.label(`/items/0/${th.className.slice('gf-budget-head--'.length)}`));
    const choices = choicesAt(budget, '/items/0/category');
    const category = (value: string) => want.choice('/items/0/category', choices.find((c) => c.const === value)!);
    const select = document.querySelector<HTMLSelectElement>('[data-gf-path="/items/0/category"]')!;
    expect(select.getAttribute('aria-label')).toMatch(new RegExp(`${want.label('/items/0/category')}$`));
    expect(Array.from(select.options, (o) => o.text).slice(1)).toEqual(choices.map((c) => category(c.const)));
    expect(select.selectedOptions[0]!.text).toBe(category((budget.sample.items as { category: string }[])[0]!.category));
    const summaryRows = Array.from(document.querySelectorAll('.gf-summary-table tbody th'), (th) => th.textContent);
    expect(summaryRows).toEqual(BUDGET_CATEGORIES.map(category));
    expect(document.querySelector('.gf-budget-table caption')!.textContent!.startsWith(want.label('/items')!)).toBe(true);
  });

  it('en: document checklists name the kinds as core’s documentKinds do', () => {
    const application = listForms().find((f) => f.id === 'application')!;
    renderForm({ form: 'application', data: application.sample, locale: 'en' });
    fireEvent.click(stepButtons()[stepButtons().length - 1]!);
    const group = screen.getByRole('group', { name: new RegExp(fieldTitle(application, '/attachments', 'en')) });
    const boxes = within(group).getAllByRole('checkbox');
    const want = choicesAt(application, '/attachments');
    expect(boxes.map((b) => b.closest('label')!.querySelector('span')!.textContent)).toEqual(want.map((c) => expectedWords(application, 'en').choice('/attachments', c)));
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual(want.map((c) => (application.sample.attachments as string[]).includes(c.const)));
  });

  it('switching the locale of a shown form switches its labels and step titles', () => {
    const application = listForms().find((f) => f.id === 'application')!;
    const { rerender } = renderForm({ form: 'application', data: application.sample });
    const name = schemaAt(application, '/applicant/name')!.title as string;
    expect(screen.getByLabelText(new RegExp(name))).toBeTruthy();
    rerender(<GovForm form="application" data={application.sample} today="2023-09-20" locale="en" />);
    const en = application.i18n.en!;
    expect(screen.getByLabelText(new RegExp(en.fields!['applicant.name']!))).toBeTruthy();
    expect(screen.queryByLabelText(new RegExp(name))).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: en.steps!['申报单位'] })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: en.steps!['单位信息'] })).toBeTruthy();
  });
});
