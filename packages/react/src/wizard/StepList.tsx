import type { Messages } from '../i18n/messages.js';
import type { Step } from './steps.js';

export interface StepListProps {
  steps: readonly Step[];
  shown: readonly number[];
  active: number;
  perStep: readonly number[];
  /** False until the first validation: no counts to show yet. */
  checked: boolean;
  onPick(index: number): void;
  t: Messages;
}

/** The list of steps: number (✓ when complete), name, and how many problems a step still has. */
export function StepList({ steps, shown, active, perStep, checked, onPick, t }: StepListProps) {
  const stateOf = (i: number) => {
    const issues = perStep[i] ?? 0;
    return !checked ? '' : issues ? t.stepIssues({ count: issues }) : t.stepDone();
  };
  return (
    <nav className="gf-steps-nav" aria-label={t.steps()}>
      {/* On a phone (data-gf-narrow) the steps are a menu: the first field stays on the first screen. */}
      <label className="gf-steps-menu">
        <span className="gf-steps-menu-label">{t.steps()}</span>
        <select className="gf-input" value={active} onChange={(e) => onPick(Number(e.target.value))}>
          {shown.map((i, n) => {
            const state = stateOf(i);
            return <option key={i} value={i}>{`${n + 1}. ${steps[i]!.label}${state ? ` · ${state}` : ''}`}</option>;
          })}
        </select>
      </label>
      <ol className="gf-steps">
        {shown.map((i, n) => {
          const issues = perStep[i] ?? 0;
          const state = !checked ? '' : issues ? 'gf-step--issues' : 'gf-step--ok';
          const done = checked && !issues;
          return (
            <li key={i} className="gf-steps-item">
              <button type="button" className={`gf-step ${state}`} aria-current={i === active ? 'step' : undefined} onClick={() => onPick(i)}>
                <span className="gf-step-number" aria-hidden="true">{done && i !== active ? '✓' : n + 1}</span>
                <span className="gf-step-label">{steps[i]!.label}</span>
                {issues && checked ? <span className="gf-step-status">{t.stepIssues({ count: issues })}</span> : null}
                {done ? <span className="gf-sr-only">{t.stepComplete()}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
