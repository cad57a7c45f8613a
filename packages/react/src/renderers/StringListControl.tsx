import { and, isControl, rankWith, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { itemTitleOf } from '../i18n/form-translator.js';
import { moveMapping, removeMapping, toPointer } from '../paths.js';
import { useField, useGovForm, visibleErrors } from '../runtime.js';
import { FieldShell } from './FieldShell.js';
import { useRowKeys } from './row-keys.js';

/** A list of free-text entries, e.g. the co-building departments. */
export const stringListControlTester: RankedTester = rankWith(5, and(
  isControl,
  schemaMatches((s) => s.type === 'array' && typeof s.items === 'object' && !Array.isArray(s.items)
    && (s.items as { type?: unknown }).type === 'string'),
));

export function StringListControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema } = props;
  const pointer = toPointer(path);
  const rt = useGovForm();
  const list: unknown[] = Array.isArray(data) ? data : [];
  const field = useField(pointer, list.length > 0);
  const rows = useRowKeys(list.length);
  if (!visible) return null;
  const itemTitle = itemTitleOf(rt.form, pointer, schema.items, label, rt.locale);
  const t = rt.t;
  const set = (next: unknown[]) => handleChange(path, next.length ? next : undefined);
  const remove = (i: number) => { rows.remove(i); rt.remapRows(pointer, removeMapping(i)); set(list.filter((_, j) => j !== i)); };
  const move = (i: number, to: number) => {
    const next = [...list];
    const [v] = next.splice(i, 1);
    next.splice(to, 0, v);
    rows.move(i, to); rt.remapRows(pointer, moveMapping(i, to)); set(next);
  };
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} group className="gf-field--list">
      <ol className="gf-list" data-gf-path={pointer}>
        {list.map((value, i) => {
          const id = `${field.inputId}-${rows.keys[i]}`;
          const itemPointer = `${pointer}/${i}`;
          const errors = visibleErrors(rt, itemPointer, value !== undefined && value !== '');
          return (
            <li key={rows.keys[i]} className="gf-list-item">
              <label className="gf-sr-only" htmlFor={id}>{t.array.item({ title: itemTitle, index: i + 1 })}</label>
              <input
                id={id} className="gf-input" type="text" value={typeof value === 'string' ? value : ''} disabled={!enabled}
                aria-invalid={errors.length > 0 || undefined} aria-describedby={`${id}-err`} data-gf-path={itemPointer}
                onChange={(e) => set(list.map((v, j) => (j === i ? e.target.value : v)))} onBlur={() => rt.touch(itemPointer)}
              />
              {enabled ? (
                <span className="gf-row-actions">
                  <button type="button" className="gf-button gf-button--small" disabled={i === 0} onClick={() => move(i, i - 1)}
                    aria-label={t.array.actionOn({ action: t.array.moveUp(), index: i + 1 })}>↑</button>
                  <button type="button" className="gf-button gf-button--small" disabled={i === list.length - 1} onClick={() => move(i, i + 1)}
                    aria-label={t.array.actionOn({ action: t.array.moveDown(), index: i + 1 })}>↓</button>
                  <button type="button" className="gf-button gf-button--small gf-button--danger" onClick={() => remove(i)}
                    aria-label={t.array.actionOn({ action: t.array.remove(), index: i + 1 })}>{t.array.remove()}</button>
                </span>
              ) : null}
              <span className="gf-error" id={`${id}-err`} aria-live="polite">{errors.join(rt.w.clauseSeparator())}</span>
            </li>
          );
        })}
      </ol>
      {list.length === 0 ? <p className="gf-empty">{t.array.empty()}</p> : null}
      {enabled ? (
        <button type="button" className="gf-button" onClick={() => set([...list, ''])}>{t.array.addNamed({ label: itemTitle })}</button>
      ) : null}
    </FieldShell>
  );
}

export const StringListControlRenderer = withJsonFormsControlProps(StringListControl);
