/**
 * The wizard's steps are the uischema's Categories. Each step owns the data its controls
 * point at; errors and findings are placed in a step by their JSON Pointer.
 */
import { scopeToPointer } from '@govforms/core';
import { isWithin } from '../paths.js';

export interface UiElement { type: string; scope?: string; label?: unknown; elements?: UiElement[]; [key: string]: unknown }

export interface Step {
  label: string;
  element: UiElement;
  /** JSON Pointers of the step's controls (an array control owns its items). */
  pointers: string[];
}

/** Control pointers under an element; a control's options.detail is relative to its items, so it is not entered. */
export function controlPointers(el: UiElement): string[] {
  if (el.type === 'Control' && typeof el.scope === 'string') {
    const pointer = scopeToPointer(el.scope);
    return pointer === undefined ? [] : [pointer];
  }
  return (el.elements ?? []).flatMap(controlPointers);
}

/** One step per Category of a Categorization; any other uischema is a single step. */
export function stepsOf(uischema: UiElement): Step[] {
  if (uischema.type === 'Categorization') {
    return (uischema.elements ?? []).filter((e) => e.type === 'Category').map((element) => ({
      label: typeof element.label === 'string' ? element.label : '',
      element,
      pointers: controlPointers(element),
    }));
  }
  return [{ label: typeof uischema.label === 'string' ? uischema.label : '', element: uischema, pointers: controlPointers(uischema) }];
}

const depth = (p: string) => (p === '' ? 0 : p.split('/').length - 1);

/**
 * The step holding `pointer` (relative to the form): the step of the deepest control that
 * contains it; failing that (an error on a whole object, e.g. /constructionPeriod), the first
 * step with a control inside it. -1 when no step shows that data.
 */
export function stepIndexOf(steps: readonly Step[], pointer: string): number {
  let best = -1;
  let bestDepth = -1;
  steps.forEach((s, i) => {
    for (const c of s.pointers) {
      if (isWithin(pointer, c) && depth(c) > bestDepth) { best = i; bestDepth = depth(c); }
    }
  });
  if (best >= 0 || pointer === '') return best;
  return steps.findIndex((s) => s.pointers.some((c) => isWithin(c, pointer)));
}

/** The control pointer in `steps[index]` that best shows `pointer` (for focusing). */
export function controlFor(step: Step | undefined, pointer: string): string | undefined {
  if (!step) return undefined;
  const containing = step.pointers.filter((c) => isWithin(pointer, c)).sort((a, b) => depth(b) - depth(a));
  return containing[0] ?? step.pointers.find((c) => isWithin(c, pointer));
}

/** How many of `pointers` fall in each step, and those that fall in none. */
export function countByStep(steps: readonly Step[], pointers: readonly string[]): { perStep: number[]; outside: string[] } {
  const perStep = steps.map(() => 0);
  const outside: string[] = [];
  for (const p of pointers) {
    const i = stepIndexOf(steps, p);
    if (i >= 0) perStep[i]! += 1;
    else outside.push(p);
  }
  return { perStep, outside };
}
