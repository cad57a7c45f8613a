/**
 * What a stored draft looks like, and the checks that stand between untrusted input (a
 * record read back from the browser, data handed in by a portal) and the store.
 */
import { GovformsError } from '../errors.js';
import { getForm, listForms } from '../forms/registry.js';
import type { FormDefinition, FormId, Locale } from '../types.js';
import { isPlainObject } from './json-pointer.js';
import { words } from '../i18n/core-messages.js';
import { formTitle, messagesFor, type DraftMessages } from './messages.js';
import { isFormVersion } from './versions.js';

export interface DraftRecord {
  formId: FormId;
  draftId: string;
  /** The form version the data was saved under. */
  formVersion: string;
  data: Record<string, unknown>;
  /** ISO 8601 timestamp of the save. */
  savedAt: string;
  /** 1 for the first save, one more for every save after it. */
  revision: number;
  /** Random id of the store (browser tab) that saved it. */
  writer: string;
}

const MAX_DRAFT_ID = 200;

/** The record, or the reason (in the catalogue's words) it cannot be one. */
export function checkDraftRecord(value: unknown, formId: string, draftId: string, m: DraftMessages): DraftRecord | string {
  if (!isPlainObject(value)) return m.notAnObject();
  const field = (k: keyof DraftRecord) => (Object.hasOwn(value, k) ? value[k] : undefined);
  const checks: [keyof DraftRecord, (v: unknown) => boolean][] = [
    ['formId', (v) => typeof v === 'string'],
    ['draftId', (v) => typeof v === 'string'],
    ['formVersion', isFormVersion],
    ['data', isPlainObject],
    ['savedAt', (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v))],
    ['revision', (v) => Number.isSafeInteger(v) && (v as number) > 0],
    ['writer', (v) => typeof v === 'string'],
  ];
  const bad = checks.find(([k, ok]) => !ok(field(k)));
  if (bad) return m.badField({ name: bad[0] });
  if (value.formId !== formId || value.draftId !== draftId) return m.keyMismatch();
  return value as unknown as DraftRecord;
}

export function checkDraftId(draftId: unknown, m: DraftMessages): string {
  if (typeof draftId !== 'string' || draftId === '' || draftId.length > MAX_DRAFT_ID) {
    throw new GovformsError(m.draftIdInvalid(), 'invalid-draft-id');
  }
  return draftId;
}

/** JSON-shaped data only: what can be stored, exported to a file and read back unchanged. */
/** Deeper than any form nests its fields, by far: data nested deeper is refused, never walked (it would overflow the stack). */
export const MAX_DATA_DEPTH = 100;

/**
 * 'ok' for plain JSON values (no functions, class instances or cycles) nested at most
 * MAX_DATA_DEPTH levels; otherwise what is wrong. Walks iteratively, so any depth is safe.
 */
function jsonDataProblem(root: unknown): 'ok' | 'not-cloneable' | 'too-deep' {
  const onPath = new Set<unknown>();
  // Each entry is visited twice: entering (push children) and leaving (off the path again).
  const stack: { v: unknown; depth: number; leaving?: true }[] = [{ v: root, depth: 0 }];
  while (stack.length) {
    const { v, depth, leaving } = stack.pop()!;
    if (leaving) { onPath.delete(v); continue; }
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') continue;
    if (typeof v !== 'object' || onPath.has(v)) return 'not-cloneable';
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return 'not-cloneable';
    if (depth >= MAX_DATA_DEPTH) return 'too-deep';
    onPath.add(v);
    stack.push({ v, depth, leaving: true });
    for (const x of Object.values(v)) stack.push({ v: x, depth: depth + 1 });
  }
  return 'ok';
}

function propertiesOf(form: FormDefinition): Record<string, unknown> {
  const props = form.schema.properties;
  return isPlainObject(props) ? props : {};
}

/**
 * The data, if it can be this form's: an object of JSON values that fits this form at least
 * as well as any other. Data that fits another form better (a portal mixing up forms) is
 * refused, naming that form. A few unknown fields next to known ones (say, a value a
 * migration could not place) are accepted and left for validation to show.
 */
export function checkFormData(formId: FormId, data: unknown, opts: { locale?: Locale } = {}): Record<string, unknown> {
  const { locale } = opts;
  const form = getForm(formId);
  const m = messagesFor(locale);
  if (!isPlainObject(data)) throw new GovformsError(m.dataNotObject(), 'invalid-data');
  const problem = jsonDataProblem(data);
  if (problem === 'not-cloneable') throw new GovformsError(m.dataNotCloneable(), 'invalid-data');
  if (problem === 'too-deep') throw new GovformsError(m.dataTooDeep({ depth: MAX_DATA_DEPTH }), 'invalid-data');
  const keys = Object.keys(data);
  const fits = (f: FormDefinition) => keys.filter((k) => Object.hasOwn(propertiesOf(f), k)).length;
  const unknown = keys.filter((k) => !Object.hasOwn(propertiesOf(form), k));
  if (unknown.length === 0) return data;
  const best = listForms().filter((f) => f.id !== form.id).sort((a, b) => fits(b) - fits(a))[0];
  const better = best && fits(best) > fits(form) ? best : undefined;
  if (!better && fits(form) > 0) return data;
  const w = words(locale);
  const quoted = unknown.slice(0, 5).map((k) => w.quoted({ text: k })).join(w.listSeparator());
  const shown = unknown.length > 5 ? w.andMore({ list: quoted }) : quoted;
  throw new GovformsError((better ? m.dataOfOtherForm({ form: formTitle(form, locale), keys: shown, other: formTitle(better, locale) }) : m.dataOfAnotherForm({ form: formTitle(form, locale), keys: shown })), 'data-of-another-form');
}
