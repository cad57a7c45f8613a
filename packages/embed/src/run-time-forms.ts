/**
 * Forms a portal registers at run time (GovForms.registerForm in the script-tag bundle): core
 * checks and compiles the definition, after the compiler (Ajv, govforms-compiler.js) is loaded.
 * While a registration runs, or after it was refused, forms asking for that id say so (正在载入,
 * or core's reason, e.g. 'needs-eval' on a page whose CSP forbids eval) instead of "unknown form";
 * they mount themselves once the form is there.
 */
import {
  findForm, formTitle, GovformsError, provideAjv, registerForm, type AjvModules, type FormDefinition, type FormFiles, type Locale,
} from '@govforms/core';
import { messagesFor } from './messages.js';

/** What GovForms.forms() and GovForms.registerForm() tell about a form. */
export interface FormSummary { id: string; version: string; title: string }

export const summaryOf = (form: FormDefinition, locale?: Locale): FormSummary =>
  ({ id: form.id, version: form.version, title: formTitle(form, locale) });

export type RegistrationStatus = { kind: 'known' } | { kind: 'pending' } | { kind: 'refused'; error: GovformsError } | { kind: 'unknown' };

const pending = new Map<string, Promise<unknown>>();
const refused = new Map<string, GovformsError>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** Where a form id stands: registered (or built in), being registered, refused, or unknown. */
export function registrationStatus(id: unknown): RegistrationStatus {
  if (findForm(id)) return { kind: 'known' };
  if (typeof id !== 'string') return { kind: 'unknown' };
  if (pending.has(id)) return { kind: 'pending' };
  const error = refused.get(id);
  return error ? { kind: 'refused', error } : { kind: 'unknown' };
}

/** Calls `listener` whenever a registration starts or ends; returns what stops it. */
export function onRegistrationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function idOf(def: unknown): string | undefined {
  const form = def && typeof def === 'object' ? (def as { form?: unknown }).form : undefined;
  const id = form && typeof form === 'object' ? (form as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

const asGovformsError = (e: unknown): GovformsError =>
  (e instanceof GovformsError ? e : new GovformsError(e instanceof Error ? e.message : String(e), 'invalid-form-definition'));

/**
 * `registerForm(def, { locale })`: loads the compiler, then registers the definition with core.
 * Resolves to the form's summary; rejects with core's GovformsError (zh-CN, or the locale's).
 */
/** `loadCompiler` brings Ajv (govforms-compiler.js in the script tag); what it resolves to is handed to core. */
export function createRegistrar(loadCompiler: () => Promise<AjvModules | undefined>) {
  return async function register(def: FormFiles, opts: { locale?: Locale } = {}): Promise<FormSummary> {
    if (!def || typeof def !== 'object') throw new GovformsError(messagesFor(opts.locale).badDefinition(), 'invalid-form-definition');
    const id = idOf(def);
    const run = (async () => {
      const ajv = await loadCompiler();
      if (ajv) provideAjv(ajv);
      return registerForm(def, opts);
    })();
    if (id !== undefined) {
      refused.delete(id);
      pending.set(id, run);
      notify();
    }
    try {
      return summaryOf(await run, opts.locale);
    } catch (e) {
      const error = asGovformsError(e);
      if (id !== undefined && !findForm(id)) refused.set(id, error);
      throw error;
    } finally {
      if (id !== undefined && pending.get(id) === run) pending.delete(id);
      if (id !== undefined) notify();
    }
  };
}
