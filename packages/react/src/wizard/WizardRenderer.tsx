import {
  and, categorizationHasCategory, deriveLabelForUISchemaElement, isVisible, rankWith, uiTypeIs, type LayoutProps, type RankedTester,
} from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms, withJsonFormsLayoutProps } from '@jsonforms/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslator } from '../i18n/form-translator.js';
import { useGovForm } from '../runtime.js';
import { StepList } from './StepList.js';
import { countByStep, stepsOf, type UiElement } from './steps.js';

/** The root Categorization (`options.variant: "stepper"`) as a step-by-step wizard. */
export const wizardTester: RankedTester = rankWith(3, and(uiTypeIs('Categorization'), categorizationHasCategory));

/**
 * Steps with progress and per-step error counts; back and next only change which step is
 * shown (all steps edit one data object, drafts live in GovForm), so nothing is lost.
 * Moving to a step puts the focus on its heading and announces its state. Step titles are the
 * Categories' labels through JSON Forms' translator (the key is the label, as for every layout).
 */
export function Wizard(props: LayoutProps) {
  const { uischema, schema, path, enabled, renderers, cells, visible } = props;
  const rt = useGovForm();
  const { core } = useJsonForms();
  const t = rt.t;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const movedByUser = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const translate = useTranslator();
  const steps = useMemo(() => stepsOf(uischema as unknown as UiElement).map((s) => (
    { ...s, label: deriveLabelForUISchemaElement(s.element as never, translate) ?? s.label }
  )), [uischema, translate]);
  const shown = steps.map((_, i) => i).filter((i) => isVisible(steps[i]!.element as never, core?.data, path, core?.ajv as never, undefined));
  const active = shown.includes(rt.activeStep) ? rt.activeStep : (shown[0] ?? 0);
  const counts = useMemo(() => countByStep(steps, [...rt.errors.keys()]), [steps, rt.errors]);
  const position = shown.indexOf(active);
  const step = steps[active];

  useEffect(() => {
    if (!movedByUser.current) return;
    movedByUser.current = false;
    heading.current?.focus();
  }, [active]);

  if (!visible || !step) return null;
  const go = (i: number) => {
    movedByUser.current = true;
    rt.goToStep(i);
    setAnnouncement(t.stepAnnouncement({
      label: steps[i]?.label ?? '', index: shown.indexOf(i) + 1, count: shown.length, issues: counts.perStep[i] ?? 0,
    }));
  };
  const previous = shown[position - 1];
  const next = shown[position + 1];
  const done = shown.filter((i) => counts.perStep[i] === 0).length;
  return (
    <div className="gf-wizard">
      <StepList steps={steps} shown={shown} active={active} perStep={counts.perStep} checked={rt.checked} onPick={go} t={t} />
      <div className="gf-progress">
        <span className="gf-progress-text">{t.stepOf({ index: position + 1, count: shown.length })} · {t.stepsDone({ done, count: shown.length })}</span>
        <div className="gf-progress-bar" role="progressbar" aria-label={t.stepsDone({ done, count: shown.length })}
          aria-valuemin={0} aria-valuemax={shown.length} aria-valuenow={done}>
          <div className="gf-progress-fill" style={{ width: `${(done / Math.max(1, shown.length)) * 100}%` }} />
        </div>
      </div>
      {counts.outside.length ? (
        <div className="gf-notice gf-notice--error">
          <p>{t.otherIssues({ count: counts.outside.length })}</p>
          <ul>{counts.outside.map((p) => (
            <li key={p}>{t.otherIssue({ messages: (rt.errors.get(p) ?? []).join(rt.w.clauseSeparator()), path: p || '/' })}</li>
          ))}</ul>
        </div>
      ) : null}
      <section className="gf-step-panel" aria-labelledby={headingId}>
        <h2 className="gf-step-title" id={headingId} ref={heading} tabIndex={-1}>{step.label}</h2>
        {(step.element.elements ?? []).map((el, i) => (
          <JsonFormsDispatch key={`${active}-${i}`} uischema={el as never} schema={schema} path={path}
            enabled={enabled} renderers={renderers} cells={cells} />
        ))}
      </section>
      <div className="gf-wizard-nav">
        <button type="button" className="gf-button" disabled={previous === undefined} onClick={() => previous !== undefined && go(previous)}>
          ← {t.previous()}{previous !== undefined ? `${rt.w.labelSeparator()}${steps[previous]!.label}` : ''}
        </button>
        {next !== undefined ? (
          <button type="button" className="gf-button gf-button--primary" onClick={() => go(next)}>
            {t.next()}{rt.w.labelSeparator()}{steps[next]!.label} →
          </button>
        ) : <p className="gf-wizard-end">{t.lastStep()}</p>}
      </div>
      <p className="gf-sr-only" aria-live="polite">{announcement}</p>
    </div>
  );
}

export const WizardRenderer = withJsonFormsLayoutProps(Wizard);
