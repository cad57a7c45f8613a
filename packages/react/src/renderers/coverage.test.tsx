import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listForms } from '@govforms/core';
import { renderForm } from '../test-support/setup.js';

describe('renderer set', () => {
  it.each(listForms().map((f) => [f.id, f.title]))('every field of %s (%s) has a govforms renderer and a label', (id) => {
    const form = listForms().find((f) => f.id === id)!;
    renderForm({ form: id, data: structuredClone(form.sample) });
    const steps = within(screen.getByRole('navigation', { name: '填写步骤' })).getAllByRole('button');
    for (const step of steps) {
      fireEvent.click(step);
      expect(document.querySelector('.gf-unknown')).toBeNull();
      expect(document.body.textContent).not.toMatch(/No applicable renderer/);
      for (const el of Array.from(document.querySelectorAll('.gf-main input, .gf-main select, .gf-main textarea'))) {
        const labelled = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label');
        expect(labelled, `${id}: ${el.outerHTML.slice(0, 120)}`).toBeTruthy();
      }
    }
  });

  it('English: the wizard’s and the checks’ words follow the locale', () => {
    renderForm({ form: 'application', data: {}, locale: 'en' });
    expect(screen.getByRole('navigation', { name: 'Steps' })).toBeTruthy();
    expect(screen.getByText(/Step 1 of 6/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Next/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Regulation check' })).toBeTruthy();
  });
});
