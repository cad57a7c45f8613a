import { isIntegerControl, isNumberControl, or, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { describedBy, FieldShell } from './FieldShell.js';
import { numericKindFor } from './numeric-kinds.js';
import { useNumericField } from './use-numeric-text.js';

export const numberControlTester: RankedTester = rankWith(4, or(isIntegerControl, isNumberControl));

/** Years, quantities, percentages: typed text kept until it reads as a number. */
export function NumberControl(props: ControlProps) {
  const { label, required, enabled, visible, description, schema } = props;
  const kind = numericKindFor(schema);
  const { field, num } = useNumericField(props, kind);
  if (!visible) return null;
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} className="gf-field--number">
      <input
        id={field.inputId} className="gf-input gf-input--number" type="text" inputMode={kind.inputMode} autoComplete="off"
        value={num.text} disabled={!enabled} aria-required={required || undefined} aria-invalid={field.invalid || undefined}
        aria-describedby={describedBy(field, !!description)} data-gf-path={field.pointer}
        onChange={(e) => num.onInput(e.target.value)} onBlur={() => { num.onBlur(); field.touch(); }}
      />
    </FieldShell>
  );
}

export const NumberControlRenderer = withJsonFormsControlProps(NumberControl);
