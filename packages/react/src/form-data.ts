/**
 * The data a GovForm shows, and how it talks to its parent. JSON Forms holds the data while
 * the person types; the parent gets each change through onChange at once and may pass it back as `data` — an echo, ignored — or pass other data
 * (reset, import, undo), which replaces what is shown.
 */
import type { Finding, ValidationError } from '@govforms/core';
import { useCallback, useEffect, useRef, useState } from 'react';

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

export function useFormData(initial: unknown) {
  const [external, setExternal] = useState<object>(() => (isObject(initial) ? initial : {}));
  const [current, setCurrent] = useState<object>(external);
  const currentRef = useRef(current);
  currentRef.current = current;
  /** Every object handed to JSON Forms. Its onChange is debounced: one of them can come back after it was replaced, and is no edit. */
  const given = useRef<WeakSet<object> | null>(null);
  given.current ??= new WeakSet([external]);
  /** The last few objects reported through onChange: one passed back is an echo, not new data. */
  const recent = useRef<object[]>([]);
  /**
   * A change waiting to be reported: the data JSON Forms gave, reported once a render shows it,
   * or `true` for a draft changed (reported with the data shown).
   */
  const pending = useRef<object | boolean>(false);

  const onJsonFormsChange = useCallback(({ data }: { data: unknown }) => {
    if (data === currentRef.current || !isObject(data) || given.current!.has(data)) return;
    pending.current = data;
    setCurrent(data);
  }, []);
  const draftChanged = useCallback(() => { pending.current ||= true; }, []);
  const replace = (next: object) => {
    recent.current = [];
    pending.current = false;
    // JSON Forms re-reads its data only when the object changes: the one it started from gets a copy.
    const shown = next === external ? { ...next } : next;
    given.current!.add(shown);
    setExternal(shown);
    setCurrent(shown);
  };
  return { external, current, currentRef, recent, pending, onJsonFormsChange, draftChanged, replace };
}

export type FormData = ReturnType<typeof useFormData>;

/** Shows a `data` prop that is neither what is shown nor one of our own recent reports. */
export function useDataFromParent(data: unknown, form: FormData, onReplaced: () => void): void {
  const [seen, setSeen] = useState(data);
  if (data === seen) return;
  setSeen(data);
  if (isObject(data) && data !== form.current && !form.recent.current.includes(data)) {
    form.replace(data);
    onReplaced();
  }
}

type Report = { errors: ValidationError[]; findings: Finding[] };

/**
 * Calls onChange after each change with the data and its errors and findings. The form shows
 * its errors a render later (deferred), but the parent hears at once: a portal's "submit" or
 * "export" pressed right after typing gets what is on the screen.
 */
export function useReportChanges(
  form: FormData,
  checked: Report & { checking: boolean; checkData(data: unknown): Report },
  onChange: ((data: object, errors: ValidationError[], findings: Finding[]) => void) | undefined,
): void {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const { current, recent, pending } = form;
  const { checking, errors, findings, checkData } = checked;
  useEffect(() => {
    // A render can commit before the one showing the typed data: React finishes the deferred
    // (transition) render of the checks before a default-priority update such as JSON Forms'
    // debounced onChange. Reporting then would tell the parent the old data and drop the change.
    if (!pending.current || (pending.current !== true && pending.current !== current)) return;
    pending.current = false;
    recent.current = [...recent.current.slice(-3), current];
    if (!onChangeRef.current) return;
    const now = checking ? checkData(current) : { errors, findings };
    onChangeRef.current(current, now.errors, now.findings);
  }, [current, errors, findings, checking, checkData, pending, recent]);
}
