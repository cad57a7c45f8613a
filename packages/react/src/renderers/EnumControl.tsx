import { isEnumControl, isOneOfEnumControl, or, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField, useGovForm, type FieldState } from '../runtime.js';
import { describedBy, FieldShell } from './FieldShell.js';
import { choicesAt, type Option } from './options.js';

export const enumControlTester: RankedTester = rankWith(6, or(isOneOfEnumControl, isEnumControl));

/** Radios read better up to five choices; inside list rows a select keeps rows compact. */
export function prefersRadios(options: Option[], path: string, format: unknown): boolean {
  if (format === 'radio') return true;
  if (format === 'select') return false;
  return options.length <= 5 && !/(^|\.)\d+(\.|$)/.test(path);
}

interface ChoiceProps { field: FieldState; options: Option[]; value: string; enabled: boolean; hasHelp: boolean; onPick(v: string | undefined): void }

function RadioChoices({ field, options, value, enabled, onPick }: ChoiceProps) {
  return (
    <div className="gf-choices" data-gf-path={field.pointer}>
      {options.map((o) => (
        <label key={o.value} className="gf-choice">
          <input
            type="radio" className="gf-radio" name={field.inputId} value={o.value} checked={value === o.value}
            disabled={!enabled} aria-invalid={field.invalid || undefined}
            onChange={() => onPick(o.value)} onBlur={field.touch}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

function SelectChoice({ field, options, value, enabled, hasHelp, onPick }: ChoiceProps) {
  return (
    <select
      id={field.inputId} className="gf-input gf-select" value={value} disabled={!enabled}
      aria-invalid={field.invalid || undefined} aria-describedby={describedBy(field, hasHelp)} data-gf-path={field.pointer}
      onChange={(e) => onPick(e.target.value === '' ? undefined : e.target.value)} onBlur={field.touch}
    >
      <option value="">{field.t.choose()}</option>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

/** A choice from a fixed list, shown by its titles in the locale; the data holds the id. */
export function EnumControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema, rootSchema, uischema } = props;
  const pointer = toPointer(path);
  const field = useField(pointer, data !== undefined);
  const rt = useGovForm();
  if (!visible) return null;
  const options = choicesAt(rt.form, pointer, rt.locale, schema, rootSchema);
  const radios = prefersRadios(options, path, uischema.options?.format);
  const value = data === undefined ? '' : String(data);
  const choice = { field, options, value, enabled, hasHelp: !!description, onPick: (v: string | undefined) => handleChange(path, v) };
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} group={radios}>
      {radios ? <RadioChoices {...choice} /> : <SelectChoice {...choice} />}
    </FieldShell>
  );
}

export const EnumControlRenderer = withJsonFormsControlProps(EnumControl);
