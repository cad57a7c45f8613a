import { isStringControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField } from '../runtime.js';
import { describedBy, FieldShell } from './FieldShell.js';

export const textControlTester: RankedTester = rankWith(2, isStringControl);

const INPUT_TYPE: Record<string, { type: string; inputMode?: 'email' | 'tel'; autoComplete?: string }> = {
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
};

/** One line of text; an emptied field removes the value (so "required" can say so). */
export function TextControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema } = props;
  const pointer = toPointer(path);
  const field = useField(pointer, typeof data === 'string' && data !== '');
  if (!visible) return null;
  const kind = INPUT_TYPE[String(schema.format)] ?? { type: 'text' };
  return (
    <FieldShell field={field} label={label} required={!!required} description={description}>
      <input
        id={field.inputId} className="gf-input" type={kind.type} inputMode={kind.inputMode} autoComplete={kind.autoComplete ?? 'off'}
        value={typeof data === 'string' ? data : data === undefined ? '' : String(data)} disabled={!enabled}
        aria-required={required || undefined} aria-invalid={field.invalid || undefined}
        aria-describedby={describedBy(field, !!description)} data-gf-path={pointer}
        onChange={(e) => handleChange(path, e.target.value === '' ? undefined : e.target.value)} onBlur={field.touch}
      />
    </FieldShell>
  );
}

export const TextControlRenderer = withJsonFormsControlProps(TextControl);
