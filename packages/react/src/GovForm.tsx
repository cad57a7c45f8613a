import { findForm, getForm, hasEnteredValue, ruleConditions, SOURCE_LOCALE, words, type Dossier, type FormDefinition, type FormId, type Locale, type Policy, type Finding, type ValidationError } from '@govforms/core';
import { JsonForms } from '@jsonforms/react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { forwardRef, useCallback, useImperativeHandle, useMemo, type ForwardedRef } from 'react';
import { FindingsPanel, sectionOf } from './findings/FindingsPanel.js';
import { FormTimeline } from './findings/TimelinePanel.js';
import { useDataFromParent, useFormData, useReportChanges } from './form-data.js';
import { useFormState } from './form-state.js';
import { formTranslator } from './i18n/form-translator.js';
import { messagesFor, shownLocale } from './i18n/messages.js';
import { govformsRenderers } from './renderers/index.js';
import { GovFormContext, type GovFormRuntime } from './runtime.js';
import { useFocusPath } from './use-focus-path.js';
import { useNarrow } from './use-narrow.js';
import { useStyles } from './styles/inject.js';

export interface GovFormProps {
  /** Form id: any registered form (listForms(): the built-in forms/<id> folders and those added with registerForm). */
  form: FormId;
  /** The form's data (its section of the dossier). A new object from outside replaces what is shown. */
  data?: object;
  /** The other sections of the dossier, so cross-form rules (budget total vs total investment) apply. */
  dossier?: Dossier;
  /** Called after each change: the data, zh-CN errors (JSON Pointer paths) and the live findings. */
  onChange?(data: object, errors: ValidationError[], findings: Finding[]): void;
  locale?: Locale;
  readOnly?: boolean;
  /** "Today" for date rules (YYYY-MM-DD); defaults to the date in China. */
  today?: string;
  policy?: Partial<Policy>;
  /** Show the findings panel beside the form (default true). */
  showFindings?: boolean;
  /** Show the project's timeline (projectTimeline: the next step and its deadline, each stage) beside the form (default false). */
  showTimeline?: boolean;
  /** A finding about another section was clicked: the host opens that form and calls focusPath. */
  onNavigate?(path: string, finding: Finding): void;
  /** Add govforms' stylesheet to the document or shadow root (default true). */
  injectStyles?: boolean;
  className?: string;
}

export interface GovFormHandle {
  /** Opens the step holding a JSON Pointer (dossier- or form-relative) and focuses its field. */
  focusPath(pointer: string): boolean;
  getData(): object;
  validate(): { valid: boolean; errors: ValidationError[]; findings: Finding[] };
  goToStep(index: number): void;
}

function GovFormInner(props: GovFormProps & { definition: FormDefinition }, ref: ForwardedRef<GovFormHandle>) {
  const { definition: form, locale = SOURCE_LOCALE, readOnly = false, showFindings = true, showTimeline = false } = props;
  const t = messagesFor(locale);
  const w = words(locale);
  const data = useFormData(props.data);
  const { current, currentRef } = data;
  const state = useFormState(form, current, { dossier: props.dossier, today: props.today, policy: props.policy, locale });
  useDataFromParent(props.data, data, state.forget);
  useReportChanges(data, state, props.onChange);
  const { rootRef, focusPath } = useFocusPath(form, state);
  useStyles(rootRef, props.injectStyles !== false);
  const narrow = useNarrow(rootRef);

  const { setDraft: setDraftState } = state;
  const { draftChanged } = data;
  const setDraft = useCallback<GovFormRuntime['setDraft']>((pointer, draft) => {
    draftChanged();
    setDraftState(pointer, draft);
  }, [setDraftState, draftChanged]);

  useImperativeHandle(ref, () => ({
    focusPath,
    getData: () => currentRef.current,
    validate: () => {
      const { errors, findings } = state.checkData(currentRef.current);
      return { valid: errors.length === 0, errors, findings };
    },
    goToStep: state.goToStep,
  }), [focusPath, state.checkData, state.goToStep]);

  const requiredDocuments = useMemo(() => new Set(state.findings
    .filter((f) => sectionOf(f.path) === form.dossierKey).flatMap((f) => f.requires ?? [])), [state.findings, form]);
  const { errorMap, checked, visitedSteps, activeStep, touched, touch, drafts, remapRows, findings, goToStep } = state;
  const runtime = useMemo<GovFormRuntime>(() => ({
    locale, t, w, form, readOnly, errors: errorMap, checked, reveal: visitedSteps.has(activeStep), touched, touch, drafts, setDraft,
    remapRows, findings, requiredDocuments, activeStep, goToStep, visitedSteps,
  }), [locale, t, w, form, readOnly, errorMap, checked, visitedSteps, activeStep, touched, touch, drafts, setDraft, remapRows,
    findings, requiredDocuments, goToStep]);

  // The form's labels, descriptions and options in the locale (see i18n/form-translator.ts). JSON Forms
  // asks `ajv` only to evaluate uischema rule conditions: core answers from precompiled validators (no eval).
  const i18n = useMemo(() => ({ locale, translate: formTranslator(form, locale) }), [form, locale]);
  const jsonforms = useMemo(() => (
    <JsonForms
      schema={form.schema as JsonSchema} uischema={form.uischema as UISchemaElement} data={data.external}
      renderers={govformsRenderers} cells={[]} ajv={ruleConditions as never} validationMode="NoValidation" readonly={readOnly}
      onChange={data.onJsonFormsChange} i18n={i18n}
    />
  ), [form, data.external, readOnly, data.onJsonFormsChange, i18n]);

  const selectFinding = (f: Finding) => {
    if (f.path && !focusPath(f.path)) props.onNavigate?.(f.path, f);
  };
  // Walks the data only when it changes (a keystroke), not on every render.
  const blank = useMemo(() => !hasEnteredValue(current), [current]);
  const findingsPanel = showFindings ? (
    <FindingsPanel findings={state.findings} locale={locale} section={form.dossierKey} onSelect={selectFinding} collapsible={narrow}
      state={blank ? 'blank' : checked ? 'checked' : 'checking'} invalidCount={state.errors.length} />
  ) : null;
  const timeline = showTimeline
    ? <FormTimeline form={form} data={current} dossier={props.dossier} today={props.today} policy={props.policy} locale={locale} /> : null;
  const main = (
    <div className="gf-main">
      {readOnly ? <p className="gf-tag">{t.form.readOnly()}</p> : null}
      <GovFormContext.Provider value={runtime}>{jsonforms}</GovFormContext.Provider>
    </div>
  );
  return (
    <div className={['gf-root', props.className].filter(Boolean).join(' ')} ref={rootRef} lang={shownLocale(locale)} data-gf-form={form.id}
      data-gf-narrow={narrow ? '' : undefined}>
      {/* One tree whatever the width (re-parenting would remount the fields): on a phone the CSS puts the findings' summary first. */}
      <div className={showFindings || showTimeline ? 'gf-layout gf-layout--findings' : 'gf-layout'}>
        {main}
        {showFindings || showTimeline ? <div className="gf-side">{findingsPanel}{timeline}</div> : null}
      </div>
      {state.checkProblem ? <p className="gf-notice gf-notice--error" role="alert">{state.checkProblem}</p> : null}
    </div>
  );
}

const Inner = forwardRef(GovFormInner);

/**
 * A guided form for one part of a Suqian IT-project dossier: a step wizard built from the
 * form's uischema, renderers for money, budgets, chapters and checklists, zh-CN validation and
 * the live regulation findings (宿政办发〔2024〕45号).
 */
export const GovForm = forwardRef<GovFormHandle, GovFormProps>(function GovForm(props, ref) {
  const definition = findForm(props.form);
  if (!definition) {
    let message = String(props.form);
    try { getForm(props.form); } catch (e) { message = e instanceof Error ? e.message : message; }
    return <div className="gf-root"><p className="gf-notice gf-notice--error" role="alert">{message}</p></div>;
  }
  return <Inner key={definition.id} {...props} definition={definition} ref={ref} />;
});
