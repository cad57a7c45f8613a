/**
 * What is wrong with a design now, as the designer lists it: core's own checks of a form
 * (the ones registerForm makes: form.json, the schema compiles, every uischema scope
 * resolves, the sample validates, every i18n key names something), then the designer's
 * (conditions on fields that are gone, circular conditions, empty steps). Each problem names
 * the field it is about, so a click selects it.
 */
import { checkFormFiles, formProblemText, pointerSegments, type DefinitionProblem } from '@govforms/core';
import { designerMessages } from '../designer-messages.js';
import { conditionEdges } from './conditions.js';
import { fieldOfScope, formFiles, properties, stepsOf } from './folder.js';
import type { Design, UiElement } from './types.js';

export interface DesignProblem {
  message: string;
  /** The field it is about, when there is one. */
  field?: string;
  severity: 'error' | 'warning';
}

/** The element at a pointer into uischema.json. */
function uiAt(root: UiElement, pointer: string): unknown {
  return pointerSegments(pointer).reduce<unknown>((el, seg) => (el && typeof el === 'object' ? (el as Record<string, unknown>)[seg] : undefined), root);
}

/** The top-level field a core problem is about, from its file and path. */
function fieldOfProblem(d: Design, p: DefinitionProblem): string | undefined {
  const segs = pointerSegments(p.path);
  const props = properties(d.folder);
  const known = (k: string | undefined) => (k && Object.hasOwn(props, k) ? k : undefined);
  if (p.file === 'schema.json' && segs[0] === 'properties') return known(segs[1]);
  if (p.file === 'sample.json') return known(segs[0]);
  if (p.file.startsWith('i18n/') && segs.length > 1) return known(segs[1]!.split('.')[0]);
  if (p.file === 'uischema.json') {
    for (let n = segs.length; n > 0; n--) {
      const el = uiAt(d.folder.uischema, `/${segs.slice(0, n).join('/')}`) as UiElement | undefined;
      const key = el && typeof el === 'object' && el.type === 'Control' ? fieldOfScope(el.scope) : undefined;
      if (key) return key;
    }
  }
  return undefined;
}

function cycles(d: Design): { field: string; when: string }[] {
  const edges = conditionEdges(d.folder).filter((e, i, all) => all.findIndex((o) => o.field === e.field && o.when === e.when) === i);
  const out: { field: string; when: string }[] = [];
  for (const e of edges) {
    const seen = new Set<string>();
    const stack = [e.when];
    while (stack.length) {
      const at = stack.pop()!;
      if (at === e.field) { out.push(e); break; }
      if (seen.has(at)) continue;
      seen.add(at);
      for (const next of edges) if (next.field === at) stack.push(next.when);
    }
  }
  return out;
}

export function checkDesign(d: Design, locale?: string): DesignProblem[] {
  const m = designerMessages(locale).problems;
  const problems: DesignProblem[] = [];
  const props = properties(d.folder);
  // Dangling conditions first: core would only say a scope does not resolve.
  const edges = conditionEdges(d.folder).filter((e, i, all) => all.findIndex((o) => o.field === e.field && o.when === e.when) === i);
  for (const e of edges) {
    if (!Object.hasOwn(props, e.when)) problems.push({ message: m.conditionFieldMissing({ field: title(d, e.field), when: e.when }), field: e.field, severity: 'error' });
  }
  for (const e of cycles(d)) problems.push({ message: m.conditionCircular({ field: title(d, e.field), when: title(d, e.when) }), field: e.field, severity: 'error' });
  const dangling = new Set(problems.map((p) => p.field));
  const checked = checkFormFiles(formFiles(d), { locale: locale as never, migrations: Object.keys(d.folder.migrations), ...(d.replaces ? { replaces: d.replaces } : {}) });
  for (const p of checked.problems) {
    const field = fieldOfProblem(d, p);
    // A scope that no longer resolves because its field is gone is said once, above.
    if (p.code === 'uiScope' && field && dangling.has(field)) continue;
    problems.push({ message: formProblemText(p, locale as never), ...(field ? { field } : {}), severity: 'error' });
  }
  if (!Object.keys(props).length) problems.push({ message: m.noFields(), severity: 'warning' });
  for (const step of stepsOf(d)) if (!step.fields.length && step.label) problems.push({ message: m.emptyStep({ step: step.label }), severity: 'warning' });
  const english = (d.folder.i18n.en?.fields ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (!Object.hasOwn(english, key)) problems.push({ message: m.noEnglish({ field: title(d, key) }), field: key, severity: 'warning' });
  }
  return problems;
}

function title(d: Design, key: string): string {
  const node = properties(d.folder)[key];
  return node && typeof node.title === 'string' ? node.title : key;
}

/** Controls by field, for selecting: used by the problem list to find a field's step. */
export function stepOfField(d: Design, key: string): number {
  return stepsOf(d).findIndex((s) => s.fields.some((f) => f.key === key));
}

