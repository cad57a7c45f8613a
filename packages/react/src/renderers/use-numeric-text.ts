import type { ControlProps } from '@jsonforms/core';
import { useState } from 'react';
import { toPointer } from '../paths.js';
import { useField, type FieldState } from '../runtime.js';
import type { NumericKind } from './numeric-kinds.js';
import type { Parsed } from './numeric-text.js';

export interface NumericText {
  text: string;
  parsed: Parsed;
  onInput(text: string): void;
  onBlur(): void;
}

function consistent(parsed: Parsed, value: unknown): boolean {
  return parsed.ok ? parsed.value === value : value === undefined;
}

const show = (kind: NumericKind, value: unknown) => (typeof value === 'number' ? kind.format(value) : '');

/**
 * The text of a number field. Typed text stays exactly as typed; the data gets a number only
 * when the text reads as one (otherwise the value is removed and the text kept as a draft
 * with its message). When the value changes from outside (reset, import), the text follows.
 */
export function useNumericText(
  kind: NumericKind,
  value: unknown,
  draftText: string | undefined,
  onValue: (value: number | undefined) => void,
  onDraft: (text: string | undefined, message?: Parsed) => void,
): NumericText {
  const [text, setText] = useState(() => draftText ?? show(kind, value));
  const [seen, setSeen] = useState({ value, draftText });
  let current = text;
  if (value !== seen.value || draftText !== seen.draftText) {
    setSeen({ value, draftText });
    // A draft set from outside (a pasted cell that does not read) is shown; one taken back
    // (undo) gives way to the value, as does a value set from outside.
    const next = draftText !== undefined && draftText !== text ? draftText
      : draftText === undefined && seen.draftText !== undefined && !kind.parse(text).ok ? show(kind, value)
        : value !== seen.value && !consistent(kind.parse(text), value) ? show(kind, value) : text;
    if (next !== text) {
      current = next;
      setText(next);
    }
  }
  const parsed = kind.parse(current);
  return {
    text: current,
    parsed,
    onInput(next) {
      setText(next);
      const p = kind.parse(next);
      if (p.ok) {
        onDraft(undefined);
        if (p.value !== value) onValue(p.value);
      } else {
        onDraft(next, p);
        if (value !== undefined) onValue(undefined);
      }
    },
    onBlur() {
      if (parsed.ok && parsed.value !== undefined) setText(kind.format(parsed.value));
    },
  };
}

/** A JSON Forms number control's field state and text: unreadable text is kept as the field's draft with its message. */
export function useNumericField(props: ControlProps, kind: NumericKind): { field: FieldState; num: NumericText } {
  const { data, path, handleChange } = props;
  const field = useField(toPointer(path), typeof data === 'number');
  const num = useNumericText(kind, data, field.draft?.text,
    (v) => handleChange(path, v),
    (text, p) => field.setDraft(text, p && !p.ok ? kind.message(field.t, p) : undefined));
  return { field, num };
}
