import type { ReactNode } from 'react';
import type { FieldState } from '../runtime.js';

export interface FieldShellProps {
  field: FieldState;
  label: string;
  required?: boolean;
  description?: string | undefined;
  /** A fieldset with a legend (radio groups, checklists) instead of a label tied to one input. */
  group?: boolean;
  className?: string;
  /** Shown after the input, before the errors (e.g. "合 385.64 万元", a character count). */
  after?: ReactNode;
  children: ReactNode;
}

/** The ids an input points at with aria-describedby: its help text, its errors, extra hints. */
export function describedBy(field: FieldState, hasHelp: boolean, ...extra: (string | undefined | false)[]): string {
  return [hasHelp && field.helpId, field.errorId, ...extra].filter(Boolean).join(' ');
}

/** Label, help text, the input, and an aria-live error area: the frame of every govforms field. */
export function FieldShell({ field, label, required, description, group, className, after, children }: FieldShellProps) {
  const classes = ['gf-field', field.invalid && 'gf-field--invalid', className].filter(Boolean).join(' ');
  const mark = required ? <span className="gf-required" aria-hidden="true">*</span> : null;
  const body = (
    <>
      {group ? (
        <legend className="gf-label">
          {label}{mark}{required ? <span className="gf-sr-only">{field.t.required()}</span> : null}
        </legend>
      ) : (
        <label className="gf-label" htmlFor={field.inputId}>{label}{mark}</label>
      )}
      {description ? <p className="gf-help" id={field.helpId}>{description}</p> : null}
      {children}
      {after}
      <div className="gf-error" id={field.errorId} aria-live="polite">
        {field.errors.map((e, i) => <p key={i}>{e}</p>)}
      </div>
    </>
  );
  return group ? (
    <fieldset className={classes} data-gf-field={field.pointer} aria-describedby={describedBy(field, !!description)}>
      {body}
    </fieldset>
  ) : (
    <div className={classes} data-gf-field={field.pointer}>{body}</div>
  );
}
