import { cleanup, render } from '@testing-library/react';
import { getForm, sampleDossier, type Finding, type ValidationError } from '@govforms/core';
import { afterEach } from 'vitest';
import { GovForm, type GovFormProps } from '../GovForm.js';

afterEach(cleanup);

export interface Change { data: Record<string, unknown>; errors: ValidationError[]; findings: Finding[] }

/** Renders a GovForm and records what it reports through onChange. */
export function renderForm(props: Partial<GovFormProps> & { form: string }) {
  const changes: Change[] = [];
  const view = render(
    <GovForm today="2023-09-20" {...props} onChange={(data, errors, findings) => changes.push({ data: data as Record<string, unknown>, errors, findings })} />,
  );
  return { ...view, changes, last: () => changes[changes.length - 1] };
}

export const sample = (id: string) => structuredClone(getForm(id).sample);
export { sampleDossier };

import { screen, within } from '@testing-library/react';
import { fireEvent } from '@testing-library/react';

/** Clicks a step in the wizard's step list by its Chinese name. */
export function openStep(name: string | RegExp): void {
  const nav = screen.getByRole('navigation', { name: '填写步骤' });
  fireEvent.click(within(nav).getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name }));
}

export const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
