/**
 * What every govforms renderer needs beyond JSON Forms' own props: the locale and its words,
 * our zh-CN validation errors (core's validateForm, keyed by JSON Pointer), the text a
 * person typed that is not a valid value yet (drafts, kept across steps), which errors to
 * show, the live findings and the wizard position. GovForm provides it.
 */
import { createContext, useCallback, useContext, useId } from 'react';
import { SOURCE_LOCALE, words, type Finding, type FormDefinition, type Locale } from '@govforms/core';
import { messagesFor, type Messages, type Words } from './i18n/messages.js';

/**
 * Typed text that does not parse (yet): shown in its field, reported as an error (keyword 'input',
 * labelled by core's fieldLabel like the field's other errors), never lost.
 */
export interface Draft { text: string; message: string }

export interface GovFormRuntime {
  locale: Locale;
  /** React's words (locales/<locale>/react.json) and core's shared words, in the locale. */
  t: Messages;
  w: Words;
  form: FormDefinition | undefined;
  readOnly: boolean;
  /** Error messages by JSON Pointer, without the field label (the field shows its own label). */
  errors: ReadonlyMap<string, readonly string[]>;
  /** False until the first validation ran (just after the first paint): counts are not known yet. */
  checked: boolean;
  /** Show every error on the current step, not only those of touched or filled fields. */
  reveal: boolean;
  touched: ReadonlySet<string>;
  touch(pointer: string): void;
  drafts: Readonly<Record<string, Draft>>;
  setDraft(pointer: string, draft: Draft | undefined): void;
  /** Re-keys drafts and touched marks after rows of the array at `arrayPointer` moved or went. */
  remapRows(arrayPointer: string, map: (oldIndex: number) => number | undefined): void;
  findings: readonly Finding[];
  /** Document kinds some finding says must be supplied. */
  requiredDocuments: ReadonlySet<string>;
  activeStep: number;
  goToStep(index: number): void;
  /** Steps the person has left at least once: their errors are all shown. */
  visitedSteps: ReadonlySet<number>;
}

const noop = () => {};
export const defaultRuntime: GovFormRuntime = {
  locale: SOURCE_LOCALE, t: messagesFor(SOURCE_LOCALE), w: words(SOURCE_LOCALE), form: undefined, readOnly: false, errors: new Map(), checked: true, reveal: false,
  touched: new Set(), touch: noop, drafts: {}, setDraft: noop, remapRows: noop, findings: [],
  requiredDocuments: new Set(), activeStep: 0, goToStep: noop, visitedSteps: new Set(),
};

export const GovFormContext = createContext<GovFormRuntime>(defaultRuntime);

export const useGovForm = (): GovFormRuntime => useContext(GovFormContext);

export interface FieldState {
  pointer: string;
  inputId: string;
  helpId: string;
  errorId: string;
  /** The errors this field shows now (empty until touched, filled or revealed). */
  errors: readonly string[];
  invalid: boolean;
  draft: Draft | undefined;
  setDraft(text: string | undefined, message?: string): void;
  touch(): void;
  t: Messages;
  w: Words;
  readOnly: boolean;
}

/** Errors are shown once a field is touched or holds a value, or when its step is revealed. */
export function visibleErrors(rt: GovFormRuntime, pointer: string, hasValue: boolean): readonly string[] {
  const all = rt.errors.get(pointer);
  if (!all?.length) return [];
  return rt.reveal || hasValue || rt.touched.has(pointer) || rt.drafts[pointer] ? all : [];
}

/** The ids, errors and draft of one field. */
export function useField(pointer: string, hasValue: boolean): FieldState {
  const rt = useGovForm();
  const base = useId();
  const errors = visibleErrors(rt, pointer, hasValue);
  const { setDraft, touch } = rt;
  const setFieldDraft = useCallback(
    (text: string | undefined, message?: string) =>
      setDraft(pointer, text === undefined ? undefined : { text, message: message ?? '' }),
    [setDraft, pointer],
  );
  const touchField = useCallback(() => touch(pointer), [touch, pointer]);
  return {
    pointer, inputId: `${base}in`, helpId: `${base}help`, errorId: `${base}err`, errors, invalid: errors.length > 0,
    draft: rt.drafts[pointer], setDraft: setFieldDraft, touch: touchField, t: rt.t, w: rt.w, readOnly: rt.readOnly,
  };
}
