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
  const [seen, setSeen] = useState(value);
  let current = text;
  if (value !== seen) {
    setSeen(value);
    if (!consistent(kind.parse(text), value)) {
      current = show(kind, value);
      setText(current);
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
