/**
 * GovForm's state besides the data: drafts (typed text that is not a value yet), touched
 * fields, visited steps, the active step; and what follows from the data: zh-CN errors from
 * core's validateForm merged with the drafts, and the live findings of checkDossier.
 */
import {
  checkDossier, dossierKeys, fieldLabel, validateForm, type Dossier, type DossierKey, type Finding, type FormDefinition, type Locale, type Policy, type ValidationError,
} from '@govforms/core';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { remapUnderArray } from './paths.js';
import { probeForFieldErrors } from './probe.js';
import type { Draft } from './runtime.js';

export interface CheckInputs { dossier?: Dossier | undefined; today?: string | undefined; policy?: Partial<Policy> | undefined; locale: Locale }

/**
 * Schema errors and drafts as one list; a draft replaces the schema's complaint at its own path.
 * A draft is labelled as core labels the field's schema errors ("费用明细第3项·金额（元）"), from
 * where it is now: after its row moved, and in the locale asked for now.
 */
function mergeErrors(form: FormDefinition, schemaErrors: readonly ValidationError[], drafts: Readonly<Record<string, Draft>>,
  locale: Locale): ValidationError[] {
  const fromDrafts = Object.entries(drafts).map(([path, d]) => ({ path, keyword: 'input', label: fieldLabel(form, path, locale), message: d.message }));
  return [...fromDrafts, ...schemaErrors.filter((e) => !Object.hasOwn(drafts, e.path))];
}

/** Messages by JSON Pointer, without labels: each field shows its own label above them. */
export function errorsByPointer(errors: readonly ValidationError[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const list = map.get(e.path) ?? [];
    list.push(e.message);
    map.set(e.path, list);
  }
  return map;
}

interface Checked { schemaErrors: ValidationError[]; findings: Finding[]; problem?: string }

const NOT_CHECKED = Symbol('not checked yet');

/**
 * The dossier's other sections as one object that keeps its identity while they do not change:
 * a parent storing this form's data in a new dossier each keystroke does not re-run the checks.
 */
function useOtherSections(dossier: Dossier | undefined, own: DossierKey): Dossier | undefined {
  const memo = useRef<{ from: unknown[]; others: Dossier | undefined } | null>(null);
  const sections = dossierKeys();
  const from = [dossier === undefined, ...sections.map((k) => (k === own ? undefined : dossier?.[k]))];
  if (!memo.current || from.length !== memo.current.from.length || from.some((v, i) => v !== memo.current!.from[i])) {
    const others = dossier && Object.fromEntries(sections.filter((k) => k !== own && dossier[k] !== undefined).map((k) => [k, dossier[k]]));
    memo.current = { from, others };
  }
  return memo.current.others;
}

/** A value that keeps its identity while its JSON stays the same (an inline `policy={{…}}`). */
function useStable<T>(value: T): T {
  const memo = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value ?? null);
  if (!memo.current || memo.current.json !== json) memo.current = { json, value };
  return memo.current.value;
}

const NOTHING: Checked = { schemaErrors: [], findings: [] };

/** zh-CN schema errors (field by field, see probe.ts) and the findings for the dossier with this form's data. */
function checkNow(form: FormDefinition, data: unknown, check: CheckInputs): Checked {
  const { locale, dossier, today, policy } = check;
  const schemaErrors = validateForm(form.id, probeForFieldErrors(form.schema, data), { locale }).errors;
  try {
    return { schemaErrors, findings: checkDossier({ ...dossier, [form.dossierKey]: data } as Dossier, { today, policy, locale }) };
  } catch (e) {
    return { schemaErrors, findings: [], problem: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * checkNow for this form and these inputs, remembering the last data checked: the report to
 * the parent and the deferred render that catches up later check the same object once.
 */
function useCheck(form: FormDefinition, inputs: CheckInputs): (data: unknown) => Checked {
  const { locale, dossier, today, policy } = inputs;
  const last = useRef<{ data: unknown; check: unknown; result: Checked } | null>(null);
  const check = useCallback((data: unknown): Checked => {
    if (last.current && last.current.data === data && last.current.check === check) return last.current.result;
    const result = checkNow(form, data, { locale, dossier, today, policy });
    last.current = { data, check, result };
    return result;
  }, [form, locale, dossier, today, policy]);
  return check;
}

export function useFormState(form: FormDefinition, current: unknown, inputs: CheckInputs) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [visitedSteps, setVisited] = useState<ReadonlySet<number>>(() => new Set());
  const [activeStep, setActiveStep] = useState(0);
  const { locale, today } = inputs;
  const dossier = useOtherSections(inputs.dossier, form.dossierKey);
  const policy = useStable(inputs.policy);

  // Validation and findings follow the data one render behind (a deferred value): the first
  // paint and each keystroke do not wait for the checks and the fields showing their errors;
  // `checking` says they lag. The parent is told at once (see form-data.ts), from the same cache.
  const deferred = useDeferredValue<unknown>(current, NOT_CHECKED);
  const checking = deferred !== current;
  const checked = deferred !== NOT_CHECKED;
  const check = useCheck(form, { locale, dossier, today, policy });
  const result = useMemo(() => (deferred === NOT_CHECKED ? NOTHING : check(deferred)), [check, deferred]);
  const errors = useMemo(() => mergeErrors(form, result.schemaErrors, drafts, locale), [form, result, drafts, locale]);
  const errorMap = useMemo(() => errorsByPointer(errors), [errors]);

  const setDraft = useCallback((pointer: string, draft: Draft | undefined) => setDrafts((prev) => {
    if (!draft) {
      if (!Object.hasOwn(prev, pointer)) return prev;
      const { [pointer]: _gone, ...rest } = prev;
      return rest;
    }
    const old = prev[pointer];
    return old && old.text === draft.text && old.message === draft.message ? prev : { ...prev, [pointer]: draft };
  }), []);
  const touch = useCallback((pointer: string) => setTouched((prev) => (prev.has(pointer) ? prev : new Set(prev).add(pointer))), []);
  const remapRows = useCallback((arrayPointer: string, map: (i: number) => number | undefined) => {
    setDrafts((prev) => remapUnderArray(prev, arrayPointer, map));
    setTouched((prev) => {
      const asRecord = Object.fromEntries([...prev].map((p) => [p, true]));
      return new Set(Object.keys(remapUnderArray(asRecord, arrayPointer, map)));
    });
  }, []);
  const goToStep = useCallback((index: number) => {
    // The step being left is "visited": from now on all its errors show.
    if (index !== activeStep) setVisited((prev) => (prev.has(activeStep) ? prev : new Set(prev).add(activeStep)));
    setActiveStep(index);
  }, [activeStep]);
  const revealStep = useCallback((index: number) => setVisited((prev) => (prev.has(index) ? prev : new Set(prev).add(index))), []);
  const forget = useCallback(() => { setDrafts({}); setTouched(new Set()); setVisited(new Set()); }, []);

  /** Errors (drafts included) and findings of any data, e.g. the latest before the deferred checks reach it. */
  const checkData = useCallback((data: unknown) => {
    const now = check(data);
    return { errors: mergeErrors(form, now.schemaErrors, drafts, locale), findings: now.findings };
  }, [check, form, drafts, locale]);

  return {
    checkData, drafts, touched, visitedSteps, activeStep, errors, errorMap, findings: result.findings, checkProblem: result.problem, checking, checked,
    setDraft, touch, remapRows, goToStep, revealStep, forget,
  };
}
