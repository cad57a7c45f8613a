import type { FormDefinition } from '@govforms/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusElement, pathSelector } from './focus.js';
import { sectionOf } from './findings/FindingsPanel.js';
import { controlFor, stepIndexOf, stepsOf, type UiElement } from './wizard/steps.js';

interface StepControls { activeStep: number; goToStep(i: number): void; revealStep(i: number): void }

/** "/application/totalInvestment" → "/totalInvestment" for the application form; undefined for another section. */
export function formPointer(pointer: string, form: FormDefinition): string | undefined {
  const section = sectionOf(pointer);
  if (section === undefined) return pointer;
  if (section !== form.dossierKey) return undefined;
  return pointer.slice(section.length + 1);
}

/** The pointer and its ancestors, deepest first: where to look for something to focus. */
function candidates(pointer: string, control: string | undefined): string[] {
  const out: string[] = [];
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) out.push(p);
  if (control !== undefined && !out.includes(control)) out.push(control);
  return out;
}

/**
 * `focusPath(pointer)`: switches the wizard to the step that shows the pointer, reveals that
 * step's errors and, once rendered, focuses the field (or the nearest enclosing one).
 */
export function useFocusPath(form: FormDefinition, steps: StepControls) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<{ targets: string[] } | null>(null);
  const { goToStep, revealStep } = steps;

  const focusPath = useCallback((pointer: string): boolean => {
    const rel = formPointer(pointer, form);
    if (rel === undefined) return false;
    const all = stepsOf(form.uischema as UiElement);
    const index = stepIndexOf(all, rel);
    if (index >= 0) { goToStep(index); revealStep(index); }
    setPending({ targets: candidates(rel, controlFor(all[index], rel)) });
    return true;
  }, [form, goToStep, revealStep]);

  useEffect(() => {
    if (!pending) return;
    setPending(null);
    const root = rootRef.current;
    const [wanted] = pending.targets;
    for (const p of pending.targets) {
      const el = root?.querySelector(pathSelector(p));
      // An enclosing control that renders only part of its rows (the budget table) may take the
      // pointer over: it scrolls the row into view and focuses the cell once rendered.
      if (el && p !== wanted && !el.dispatchEvent(new CustomEvent('gf-focus-path', { detail: wanted, cancelable: true }))) return;
      if (focusElement(el)) return;
    }
    focusElement(root?.querySelector('.gf-step-title'));
  }, [pending]);

  return { rootRef, focusPath };
}
