import { and, isMultiLineControl, isStringControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { toPointer } from '../paths.js';
import { useField } from '../runtime.js';
import { describedBy, FieldShell } from './FieldShell.js';

/** Long text (`options.multi: true`): the chapters of a plan, summaries, explanations. */
export const chapterControlTester: RankedTester = rankWith(6, and(isStringControl, isMultiLineControl));

/** Characters as the schema's maxLength counts them (code points, so 𠮷 is one). */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * A chapter with a live character count. There is no maxlength attribute on purpose: a pasted
 * text longer than the limit stays whole (the browser would cut it silently) and the count
 * and the error say by how much to shorten it.
 */
export function ChapterControl(props: ControlProps) {
  const { data, path, label, required, enabled, visible, handleChange, description, schema } = props;
  const pointer = toPointer(path);
  const text = typeof data === 'string' ? data : '';
  const field = useField(pointer, text !== '');
  if (!visible) return null;
  const count = countCharacters(text);
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  const countId = `${field.inputId}-count`;
  const over = max !== undefined && count > max;
  const rows = Math.min(18, Math.max(5, Math.ceil(count / 60) + 1));
  return (
    <FieldShell
      field={field} label={label} required={!!required} description={description} className="gf-field--chapter"
      after={
        <p className={over ? 'gf-count gf-count--over' : 'gf-count'} id={countId}>
          {max === undefined ? field.t.chapter.count({ count }) : field.t.chapter.countWithLimit({ count, max })}
          {over ? ` ${field.t.chapter.over({ count: count - max })}` : ''}
        </p>
      }
    >
      <textarea
        id={field.inputId} className="gf-input gf-textarea" rows={rows} value={text} disabled={!enabled}
        aria-required={required || undefined} aria-invalid={field.invalid || over || undefined}
        aria-describedby={describedBy(field, !!description, countId)} data-gf-path={pointer}
        onChange={(e) => handleChange(path, e.target.value === '' ? undefined : e.target.value)} onBlur={field.touch}
      />
    </FieldShell>
  );
}

export const ChapterControlRenderer = withJsonFormsControlProps(ChapterControl);
