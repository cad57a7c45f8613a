import { resolveRef, type SchemaNode } from '@govforms/core';
import {
  composePaths, isObjectArrayControl, rankWith, type ControlProps, type RankedTester, type UISchemaElement,
} from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { useFocusAfterRender } from '../focus.js';
import { itemTitleOf } from '../i18n/form-translator.js';
import { moveMapping, removeMapping, toPointer } from '../paths.js';
import { useField, useGovForm } from '../runtime.js';
import { FieldShell } from './FieldShell.js';
import { useRowKeys } from './row-keys.js';

/** A list of records (data-sharing catalogue, data resources): one card per item. */
export const objectArrayControlTester: RankedTester = rankWith(4, isObjectArrayControl);

function detailOf(uischema: ControlProps['uischema'], itemSchema: Record<string, unknown> | undefined): UISchemaElement {
  const detail = uischema.options?.detail as UISchemaElement | undefined;
  if (detail && typeof detail === 'object') return detail;
  const props = Object.keys((itemSchema?.properties as object | undefined) ?? {});
  return { type: 'VerticalLayout', elements: props.map((p) => ({ type: 'Control', scope: `#/properties/${p}` })) } as UISchemaElement;
}

/** Items laid out by the uischema's `options.detail`; add, remove and reorder keep typed text with its item. */
export function ObjectArrayControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema, rootSchema, uischema } = props;
  const pointer = toPointer(path);
  const rt = useGovForm();
  const { renderers, cells } = useJsonForms();
  const list: unknown[] = Array.isArray(data) ? data : [];
  const field = useField(pointer, list.length > 0);
  const rows = useRowKeys(list.length);
  const { root, focusLater } = useFocusAfterRender<HTMLOListElement>();
  if (!visible) return null;
  const itemSchema = resolveRef(rootSchema as SchemaNode, schema.items);
  const itemTitle = itemTitleOf(rt.form, pointer, itemSchema, label, rt.locale);
  const detail = detailOf(uischema, itemSchema);
  const t = rt.t;
  const set = (next: unknown[]) => handleChange(path, next.length ? next : undefined);
  const remove = (i: number) => {
    rows.remove(i); rt.remapRows(pointer, removeMapping(i)); set(list.filter((_, j) => j !== i));
    focusLater(`[data-gf-item="${Math.min(i, list.length - 2)}"] .gf-item-title`);
  };
  const move = (i: number, to: number, dir: 'up' | 'down') => {
    const next = [...list];
    const [v] = next.splice(i, 1);
    next.splice(to, 0, v);
    rows.move(i, to); rt.remapRows(pointer, moveMapping(i, to)); set(next);
    focusLater(`[data-gf-item="${to}"] [data-gf-action="${dir}"]`);
  };
  const add = () => { set([...list, {}]); focusLater(`[data-gf-item="${list.length}"] .gf-item-title`); };
  return (
    <FieldShell field={field} label={label} required={!!required} description={description} group className="gf-field--items">
      <ol className="gf-items" ref={root} data-gf-path={pointer}>
        {list.map((_, i) => {
          const titleId = `${field.inputId}-${rows.keys[i]}`;
          return (
            <li key={rows.keys[i]} className="gf-items-entry" data-gf-item={i}>
              <div className="gf-item" role="group" aria-labelledby={titleId}>
              <div className="gf-item-head">
                <h4 className="gf-item-title" id={titleId} tabIndex={-1}>{t.array.item({ title: itemTitle, index: i + 1 })}</h4>
                {enabled ? (
                  <span className="gf-row-actions">
                    <button type="button" className="gf-button gf-button--small" data-gf-action="up" disabled={i === 0}
                      onClick={() => move(i, i - 1, 'up')} aria-label={t.array.actionOn({ action: t.array.moveUp(), index: i + 1 })}>↑ {t.array.moveUp()}</button>
                    <button type="button" className="gf-button gf-button--small" data-gf-action="down" disabled={i === list.length - 1}
                      onClick={() => move(i, i + 1, 'down')} aria-label={t.array.actionOn({ action: t.array.moveDown(), index: i + 1 })}>↓ {t.array.moveDown()}</button>
                    <button type="button" className="gf-button gf-button--small gf-button--danger" onClick={() => remove(i)}
                      aria-label={t.array.actionOn({ action: t.array.remove(), index: i + 1 })}>{t.array.remove()}</button>
                  </span>
                ) : null}
              </div>
              <JsonFormsDispatch
                schema={itemSchema ?? {}} uischema={detail} path={composePaths(path, String(i))}
                enabled={enabled} renderers={renderers} cells={cells}
              />
              </div>
            </li>
          );
        })}
      </ol>
      {list.length === 0 ? <p className="gf-empty">{t.array.empty()}</p> : null}
      {enabled ? (
        <button type="button" className="gf-button" onClick={add}>{t.array.addNamed({ label: itemTitle })}</button>
      ) : null}
    </FieldShell>
  );
}

export const ObjectArrayControlRenderer = withJsonFormsControlProps(ObjectArrayControl);
