import { isBooleanControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField } from '../runtime.js';
import { FieldShell } from './FieldShell.js';

export const booleanControlTester: RankedTester = rankWith(5, isBooleanControl);

/**
 * A yes/no question as two radios (是 / 否), not a checkbox: an unanswered question stays
 * visibly unanswered instead of reading as "no".
 */
export function BooleanControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description } = props;
  const pointer = toPointer(path);
  const field = useField(pointer, typeof data === 'boolean');
  if (!visible) return null;
  const choices: [boolean, string][] = [[true, field.w.yes()], [false, field.w.no()]];
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} group className="gf-field--boolean">
      <div className="gf-choices gf-choices--inline" data-gf-path={pointer}>
        {choices.map(([value, text]) => (
          <label key={text} className="gf-choice">
            <input
              type="radio" className="gf-radio" name={field.inputId} checked={data === value} disabled={!enabled}
              aria-invalid={field.invalid || undefined} onChange={() => handleChange(path, value)} onBlur={field.touch}
            />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </FieldShell>
  );
}

export const BooleanControlRenderer = withJsonFormsControlProps(BooleanControl);
