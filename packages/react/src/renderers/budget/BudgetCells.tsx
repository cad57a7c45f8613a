import type { Messages } from '../../i18n/messages.js';
import { numericKindFor } from '../numeric-kinds.js';
import { useNumericText } from '../use-numeric-text.js';
import type { Column } from './columns.js';

/** What a row tells the table; one stable object for all rows, so rows can be memoized. */
export interface RowActions {
  cell(index: number, key: string, value: unknown): void;
  draft(index: number, column: Column, text: string | undefined, message?: string): void;
  touch(index: number, key: string): void;
  move(index: number, to: number): void;
  remove(index: number): void;
  useExpected(index: number): void;
}

export interface CellProps {
  index: number;
  column: Column;
  value: unknown;
  draft: string | undefined;
  error: string | undefined;
  label: string;
  pointer: string;
  enabled: boolean;
  actions: RowActions;
  t: Messages;
}

function common(p: CellProps) {
  const id = `gf-cell-${p.pointer.replace(/\//g, '-')}`;
  return {
    id,
    'aria-label': p.label,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': p.error ? `${id}-err` : undefined,
    'data-gf-path': p.pointer,
    disabled: !p.enabled,
    onBlur: () => p.actions.touch(p.index, p.column.key),
  };
}

function CellError({ id, error }: { id: string; error: string | undefined }) {
  return error ? <span className="gf-cell-error" id={`${id}-err`}>{error}</span> : null;
}

export function NumberCell(p: CellProps) {
  const kind = numericKindFor(p.column.schema);
  const num = useNumericText(kind, p.value, p.draft,
    (v) => p.actions.cell(p.index, p.column.key, v),
    (text, parsed) => p.actions.draft(p.index, p.column, text, parsed && !parsed.ok ? kind.message(p.t, parsed) : undefined));
  const attrs = common(p);
  return (
    <>
      <input {...attrs} className={`gf-input gf-cell gf-cell--${p.column.key}`} type="text" inputMode={kind.inputMode}
        autoComplete="off" value={num.text} onChange={(e) => num.onInput(e.target.value)}
        onBlur={() => { num.onBlur(); attrs.onBlur(); }} />
      <CellError id={attrs.id} error={p.error} />
    </>
  );
}

/** The value a choice shows for a pasted label that is no choice: the text stays visible, marked. */
const DRAFT_CHOICE = '\u0000draft';

export function ChoiceCell(p: CellProps) {
  const attrs = common(p);
  const value = p.draft !== undefined ? DRAFT_CHOICE : p.value === undefined ? '' : String(p.value);
  return (
    <>
      <select {...attrs} className={`gf-input gf-select gf-cell gf-cell--${p.column.key}`} value={value}
        onChange={(e) => {
          if (e.target.value === DRAFT_CHOICE) return;
          p.actions.draft(p.index, p.column, undefined);
          p.actions.cell(p.index, p.column.key, e.target.value === '' ? undefined : e.target.value);
        }}>
        {p.draft !== undefined ? <option value={DRAFT_CHOICE}>{p.draft}</option> : null}
        <option value="">{p.t.choose()}</option>
        {p.column.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <CellError id={attrs.id} error={p.error} />
    </>
  );
}

/** Name and note wrap and grow with their text (a one-line textarea), so the whole text shows. */
export function TextCell(p: CellProps) {
  const attrs = common(p);
  return (
    <>
      <textarea {...attrs} className={`gf-input gf-cell gf-cell--wrap gf-cell--${p.column.key}`} rows={1} autoComplete="off"
        value={typeof p.value === 'string' ? p.value : ''}
        onChange={(e) => p.actions.cell(p.index, p.column.key, e.target.value === '' ? undefined : e.target.value)} />
      <CellError id={attrs.id} error={p.error} />
    </>
  );
}

export const cellFor = { number: NumberCell, choice: ChoiceCell, text: TextCell } as const;
