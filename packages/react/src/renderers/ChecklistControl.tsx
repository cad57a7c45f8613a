import { and, isControl, rankWith, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField, useGovForm } from '../runtime.js';
import { FieldShell } from './FieldShell.js';
import { choicesAt, hasOptions } from './options.js';

/** A list of distinct choices: document-kind checklists, funding sources, shared platforms. */
export const checklistControlTester: RankedTester = rankWith(8, and(
  isControl,
  schemaMatches((schema, rootSchema) => schema.type === 'array' && schema.uniqueItems === true
    && !Array.isArray(schema.items) && hasOptions(schema.items, rootSchema)),
));

/**
 * Checkboxes with the choices' titles in the locale, kept in the schema's order. Documents that a
 * live finding says must be supplied and that are not ticked yet are marked.
 */
export function ChecklistControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema, rootSchema } = props;
  const pointer = toPointer(path);
  const rt = useGovForm();
  const selected: unknown[] = Array.isArray(data) ? data : [];
  const field = useField(pointer, selected.length > 0);
  if (!visible) return null;
  const options = choicesAt(rt.form, pointer, rt.locale, schema, rootSchema);
  const toggle = (value: string, on: boolean) => {
    const known = options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v)));
    const unknown = selected.filter((v) => !options.some((o) => o.value === v));
    const next = [...known, ...unknown];
    handleChange(path, next.length ? next : undefined);
    field.touch();
  };
  const many = options.length > 8;
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} group className="gf-field--checklist">
      <p className="gf-count">{field.t.checklist.selected({ count: selected.length, total: options.length })}</p>
      <ul className={many ? 'gf-checklist gf-checklist--columns' : 'gf-checklist'} data-gf-path={pointer}>
        {options.map((o) => {
          const checked = selected.includes(o.value);
          const flagged = !checked && rt.requiredDocuments.has(o.value);
          return (
            <li key={o.value} className={flagged ? 'gf-check gf-check--required' : 'gf-check'}>
              <label className="gf-choice">
                <input
                  type="checkbox" className="gf-checkbox" checked={checked} disabled={!enabled}
                  onChange={(e) => toggle(o.value, e.target.checked)} onBlur={field.touch}
                />
                <span>{o.label}</span>
                {flagged ? <span className="gf-tag gf-tag--warning">{field.t.checklist.requiredByRule()}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </FieldShell>
  );
}

export const ChecklistControlRenderer = withJsonFormsControlProps(ChecklistControl);
