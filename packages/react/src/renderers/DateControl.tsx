import { isDateControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField } from '../runtime.js';
import { describedBy, FieldShell } from './FieldShell.js';

export const dateControlTester: RankedTester = rankWith(6, isDateControl);

/** A calendar date kept as YYYY-MM-DD, with the browser's date picker. */
export function DateControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description } = props;
  const pointer = toPointer(path);
  const field = useField(pointer, typeof data === 'string' && data !== '');
  if (!visible) return null;
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} className="gf-field--date">
      <input
        id={field.inputId} className="gf-input gf-input--date" type="date" value={typeof data === 'string' ? data : ''}
        min="1900-01-01" max="2199-12-31" disabled={!enabled} aria-required={required || undefined}
        aria-invalid={field.invalid || undefined} aria-describedby={describedBy(field, !!description)} data-gf-path={pointer}
        onChange={(e) => handleChange(path, e.target.value === '' ? undefined : e.target.value)} onBlur={field.touch}
      />
    </FieldShell>
  );
}

export const DateControlRenderer = withJsonFormsControlProps(DateControl);
