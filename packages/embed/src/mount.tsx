/**
 * mount(el, { form, … }): a govforms form inside `el`, in a shadow root of its own so the
 * portal's CSS and the form's CSS never meet. destroy() saves the waiting draft and leaves
 * nothing behind: no DOM, no listener, no timer, no open store or channel.
 */
import { getForm, words, type Dossier, type FormDefinition, type Locale } from '@govforms/core';
import { shownLocale } from '@govforms/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { FormController, type ControllerEvents } from './controller.js';
import { EmbeddedForm } from './EmbeddedForm.js';
import { messagesFor, toLocale } from './messages.js';
import { onRegistrationChange, registrationStatus, type RegistrationStatus } from './run-time-forms.js';
import { shadowCss } from './styles.js';
import type { GovFormsHandle, MountOptions } from './types.js';

/** The tag of the element mount() adds inside the portal's element (not a div: portal `div {}` rules do not reach it). */
export const HOST_TAG = 'govforms-host';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A handle that does nothing, for a mount that could not start; validate() carries the reason. */
function inertHandle(opts: Partial<MountOptions>, message: string, destroy: () => void = () => {}): GovFormsHandle {
  const label = words(toLocale(opts.locale)).form();
  const data = opts.data && typeof opts.data === 'object' ? structuredClone(opts.data) : {};
  return {
    form: String(opts.form ?? ''), formVersion: '', ready: Promise.resolve(),
    getData: () => structuredClone(data),
    setData: () => console.error(`[govforms] ${message}`),
    validate: () => ({ valid: false, errors: [{ path: '', keyword: 'mount', label, message }], findings: [] }),
    exportDraft: () => { throw new Error(message); },
    importDraft: () => Promise.reject(new Error(message)),
    removeDraft: () => Promise.resolve(),
    focusPath: () => false,
    destroy,
  };
}

function describe(target: unknown): string {
  if (typeof target === 'string') return JSON.stringify(target);
  return target === null ? 'null' : typeof target;
}

function resolveElement(target: unknown): Element | undefined {
  if (typeof target === 'string') {
    try {
      return document.querySelector(target) ?? undefined;
    } catch {
      return undefined;
    }
  }
  return typeof Element !== 'undefined' && target instanceof Element ? target : undefined;
}

let sharedSheet: CSSStyleSheet | undefined;

/**
 * The stylesheet, as one constructed sheet shared by every form on the page where the browser
 * has them (no <style> element, so a CSP without 'unsafe-inline' styles still allows it), or
 * as a <style> element. Returns what undoes it.
 */
function addStyles(shadow: ShadowRoot): () => void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(shadowCss);
    }
    const sheet = sharedSheet;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return () => { shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet); };
  }
  const style = document.createElement('style');
  style.textContent = shadowCss;
  shadow.prepend(style);
  return () => style.remove();
}

/** One mount: the form, or the reason it cannot be shown (or that it is still being registered). */
type SingleMount = GovFormsHandle & {
  controller?: FormController;
  /** Where the form id stood when mounted. */
  status: RegistrationStatus['kind'];
};

/** A text in place of the form: why it cannot be shown, or that it is still loading. */
function showInstead(container: HTMLElement, locale: Locale, text: string, alert: boolean): void {
  const p = document.createElement('p');
  p.className = alert ? 'gf-notice gf-notice--error' : 'gfe-loading';
  if (alert) p.setAttribute('role', 'alert');
  p.textContent = text;
  container.className = 'gfe-root';
  container.lang = shownLocale(locale);
  container.append(p);
}

function mountOnce(shadow: ShadowRoot, opts: MountOptions, events: ControllerEvents): SingleMount {
  const locale: Locale = toLocale(opts.locale);
  const container = document.createElement('div');
  shadow.replaceChildren(container);
  const removeStyles = addStyles(shadow);
  const clear = () => {
    shadow.replaceChildren();
    removeStyles();
  };

  const status = registrationStatus(opts.form);
  if (status.kind === 'pending') {
    const message = messagesFor(locale).formLoading();
    showInstead(container, locale, message, false);
    return { ...inertHandle(opts, message, clear), status: status.kind };
  }
  let definition: FormDefinition;
  try {
    if (opts.form === undefined || opts.form === null || opts.form === '') throw new Error(messagesFor(locale).missingForm());
    if (status.kind === 'refused') throw status.error;
    definition = getForm(opts.form);
  } catch (e) {
    const message = messageOf(e);
    console.error(`[govforms] ${message}`);
    showInstead(container, locale, message, true);
    events.error({ code: status.kind === 'refused' ? status.error.code : 'unknown-form', message });
    return { ...inertHandle(opts, message, clear), status: status.kind };
  }

  const controller = new FormController(definition, opts, events, locale);
  const root: Root = createRoot(container);
  // Rendered before mount() returns, so focusPath() and validate() see the form at once (when no draft is loading).
  flushSync(() => root.render(<EmbeddedForm controller={controller} />));
  let destroyed = false;
  return {
    controller,
    status: status.kind,
    form: definition.id,
    formVersion: definition.version,
    ready: controller.ready,
    getData: () => controller.getData(),
    setData: (data, o) => controller.setData(data, o),
    validate: () => controller.validate(),
    exportDraft: () => controller.exportDraft(),
    importDraft: (text) => controller.importDraft(text),
    removeDraft: () => controller.removeDraft(),
    focusPath: (pointer) => controller.focusPath(pointer),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      controller.destroy();
      root.unmount();
      clear();
    },
  };
}

/** What mount() and <govforms-form> hold: the handle, plus what the element changes in place. */
export type MountedHandle = GovFormsHandle & {
  /** Locale, read-only and the other sections, applied now or, while the form is being registered, when it mounts. */
  update(patch: { locale?: Locale; readOnly?: boolean; dossier?: Dossier | undefined }): void;
};

/**
 * Renders the form (or the reason it cannot be shown) into a shadow root; the caller owns the
 * shadow root's host. A form not there yet mounts again whenever its id's registration status
 * changes (GovForms.registerForm): 正在载入 while it is being registered, then the form, or
 * core's reason it was refused. `ready` waits while it is being registered, and data set while
 * there is no form (the last setData) is given to the form once it is there, as if it had been
 * set just after mounting.
 */
export function mountInShadow(shadow: ShadowRoot, initial: MountOptions, events: ControllerEvents, onShown?: () => void): MountedHandle {
  let opts = initial;
  let mounted = mountOnce(shadow, opts, events);
  let waiting: { data: object; opts: { formVersion?: string } | undefined } | undefined;
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => { settle = resolve; });
  let destroyed = false;
  // `ready` settles once; onShown (the element's 'ready' event) follows each form or reason shown, e.g. a registration after "unknown form".
  const settleWhenShown = () => {
    const shown = mounted;
    if (shown.status === 'pending') return;
    void shown.ready.then(() => {
      settle();
      if (shown === mounted && !destroyed) onShown?.();
    });
  };
  settleWhenShown();
  const stop = onRegistrationChange(() => {
    if (mounted.controller || registrationStatus(opts.form).kind === mounted.status) return;
    mounted.destroy();
    mounted = mountOnce(shadow, opts, events);
    if (mounted.controller && waiting) {
      mounted.setData(waiting.data, waiting.opts);
      waiting = undefined;
    }
    settleWhenShown();
  });
  return {
    get form() { return mounted.form; },
    get formVersion() { return mounted.formVersion; },
    ready,
    // Data set while there is no form (being registered, unknown or refused) is the data until a form takes it.
    getData: () => (!mounted.controller && waiting ? structuredClone(waiting.data) : mounted.getData()),
    setData(data, o) {
      if (!mounted.controller) waiting = { data, opts: o };
      // An unknown or refused form also says why it cannot show the data (in the console).
      if (mounted.status !== 'pending') mounted.setData(data, o);
    },
    validate: () => mounted.validate(),
    exportDraft: () => mounted.exportDraft(),
    importDraft: (text) => mounted.importDraft(text),
    removeDraft: () => mounted.removeDraft(),
    focusPath: (pointer) => mounted.focusPath(pointer),
    update(patch) {
      opts = { ...opts, ...patch };
      mounted.controller?.update(patch);
    },
    destroy() {
      destroyed = true;
      stop();
      mounted.destroy();
      settle();
    },
  };
}

/**
 * Mounts a form into `el` (an element or a CSS selector). A missing element, unknown form or
 * bad option is a zh-CN message in the console (and in the form where there is one), never an
 * exception in the portal's script: the returned handle then does nothing and validate() says why.
 */
export function mount(el: HTMLElement | string, opts: MountOptions): GovFormsHandle {
  const t = messagesFor(toLocale(opts && typeof opts === 'object' ? opts.locale : undefined));
  if (!opts || typeof opts !== 'object') {
    console.error(`[govforms] ${t.badOptions()}`);
    return inertHandle({}, t.badOptions());
  }
  const target = resolveElement(el);
  if (!target) {
    const message = t.missingElement({ what: describe(el) });
    console.error(`[govforms] ${message}`);
    opts.onError?.({ code: 'missing-element', message });
    return inertHandle(opts, message);
  }
  const host = document.createElement(HOST_TAG);
  target.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const call = <K extends keyof ControllerEvents>(name: K, fn: ((d: Parameters<ControllerEvents[K]>[0]) => void) | undefined) =>
    (detail: Parameters<ControllerEvents[K]>[0]) => fn?.(detail);
  const events: ControllerEvents = {
    change: call('change', opts.onChange), submit: call('submit', opts.onSubmit), error: call('error', opts.onError),
  };
  const handle = mountInShadow(shadow, opts, events);
  return {
    get form() { return handle.form; },
    get formVersion() { return handle.formVersion; },
    ready: handle.ready,
    getData: () => handle.getData(),
    setData: (data, o) => handle.setData(data, o),
    validate: () => handle.validate(),
    exportDraft: () => handle.exportDraft(),
    importDraft: (text) => handle.importDraft(text),
    removeDraft: () => handle.removeDraft(),
    focusPath: (pointer) => handle.focusPath(pointer),
    destroy() {
      handle.destroy();
      host.remove();
    },
  };
}
