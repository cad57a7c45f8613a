/**
 * <govforms-form form="application" locale="zh-CN" draft-id="…">: the same form as mount(),
 * for pages without scripts of their own. Events: change, submit, error, ready (CustomEvent,
 * `detail` as in mount's callbacks). With a `name`, the data also sits as JSON in a hidden
 * input of that name inside the element, so a portal's classic <form method="post"> sends it.
 * (Not a form-associated custom element: for those, HTML reads `form` as the id of the
 * owning <form>, and `form` here names the govforms form.)
 */
import type { Dossier } from '@govforms/core';
import { mountInShadow, type MountedHandle } from './mount.js';
import type { EmbedErrorDetail, FormEventDetail, GovFormsHandle, MountOptions } from './types.js';
import { toLocale } from './messages.js';

export const ELEMENT_TAG = 'govforms-form';

/** What the element offers besides HTMLElement's own members. */
export interface GovformsFormElement extends HTMLElement, Omit<GovFormsHandle, 'form' | 'formVersion' | 'destroy'> {
  data: object;
  dossier: Dossier | undefined;
}

const ATTRIBUTES = ['form', 'locale', 'draft-id', 'drafts', 'read-only', 'no-submit', 'autosave-delay', 'database-name', 'name', 'no-findings', 'timeline'];

/** The class, made on first use: it extends HTMLElement, which does not exist in Node. */
function createElementClass(): CustomElementConstructor {
  return class GovformsForm extends HTMLElement implements GovformsFormElement {
    static observedAttributes = ATTRIBUTES;
    #handle: MountedHandle | undefined;
    #key = '';
    #data: object | undefined;
    #dataVersion: string | undefined;
    #dossier: Dossier | undefined;
    #scheduled = false;
    /** The hidden input that carries the data in a portal <form> (only with a `name`). */
    #field: HTMLInputElement | undefined;
    #ready: Promise<void> = Promise.resolve();

    constructor() {
      super();
      // Properties set before the element was upgraded (the script came after the markup).
      for (const prop of ['data', 'dossier'] as const) {
        if (!Object.hasOwn(this, prop)) continue;
        const value = (this as Record<string, unknown>)[prop];
        delete (this as Record<string, unknown>)[prop];
        (this as Record<string, unknown>)[prop] = value;
      }
    }

    // A form registered at run time (GovForms.registerForm) may arrive after the element: mountInShadow mounts it then.
    connectedCallback() {
      this.#schedule();
    }

    disconnectedCallback() {
      this.#schedule();
    }

    attributeChangedCallback(_: string, before: string | null, after: string | null) {
      if (before !== after) this.#schedule();
    }

    /** One update per task, after every attribute and property the page set in one go (and a move is not an unmount). */
    #schedule() {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#sync();
      });
    }

    #options(): MountOptions {
      const attr = (name: string) => this.getAttribute(name) ?? undefined;
      const delay = Number(attr('autosave-delay'));
      return {
        form: attr('form') ?? '',
        ...(this.#data !== undefined && { data: this.#data }),
        ...(this.#dataVersion !== undefined && { formVersion: this.#dataVersion }),
        ...(attr('locale') !== undefined && { locale: attr('locale') }),
        ...(attr('draft-id') !== undefined && { draftId: attr('draft-id') }),
        ...(attr('drafts') === 'off' && { drafts: false }),
        ...(attr('database-name') !== undefined && { databaseName: attr('database-name') }),
        ...(Number.isFinite(delay) && delay >= 0 && attr('autosave-delay') !== undefined && { autosaveDelayMs: delay }),
        ...(this.#dossier !== undefined && { dossier: this.#dossier }),
        readOnly: this.hasAttribute('read-only'),
        submitButton: !this.hasAttribute('no-submit'),
        showFindings: !this.hasAttribute('no-findings'),
        showTimeline: this.hasAttribute('timeline'),
      };
    }

    #sync() {
      if (!this.isConnected) return this.#unmount();
      const opts = this.#options();
      const key = JSON.stringify([opts.form, opts.draftId, opts.drafts, opts.databaseName, opts.autosaveDelayMs, opts.showFindings, opts.showTimeline]);
      if (this.#handle && key === this.#key) {
        this.#handle.update({ locale: toLocale(opts.locale), readOnly: opts.readOnly === true, dossier: this.#dossier });
        this.#setFormValue(this.#handle.getData());
        return;
      }
      this.#unmount();
      this.#key = key;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const handle: MountedHandle = mountInShadow(shadow, opts, {
        change: (d) => this.#changed(d),
        submit: (d) => this.dispatchEvent(new CustomEvent<FormEventDetail>('submit', { detail: d })),
        error: (d) => this.dispatchEvent(new CustomEvent<EmbedErrorDetail>('error', { detail: d })),
      }, () => this.#shown(handle));
      this.#handle = handle;
      this.#ready = handle.ready;
    }

    /** The form (or why it cannot be shown) is there: once at first, again when a form registered later mounts. */
    #shown(handle: MountedHandle) {
      if (this.#handle !== handle) return;
      this.#setFormValue(handle.getData());
      this.dispatchEvent(new CustomEvent('ready', { detail: { formId: handle.form, formVersion: handle.formVersion } }));
    }

    #changed(detail: FormEventDetail) {
      this.#setFormValue(detail.data);
      // Bubbles like a native change; submit does not, so a portal <form>'s own submit handlers never mistake it for theirs.
      this.dispatchEvent(new CustomEvent<FormEventDetail>('change', { detail, bubbles: true }));
    }

    #setFormValue(data: object) {
      const name = this.getAttribute('name');
      if (!name || !this.#handle) return this.#removeField();
      if (!this.#field) {
        this.#field = this.ownerDocument.createElement('input');
        this.#field.type = 'hidden';
        this.appendChild(this.#field);
      }
      this.#field.name = name;
      this.#field.value = JSON.stringify(data);
    }

    #removeField() {
      this.#field?.remove();
      this.#field = undefined;
    }

    #unmount() {
      const handle = this.#handle;
      if (!handle) return;
      this.#data = handle.getData();
      this.#dataVersion = undefined;
      this.#handle = undefined;
      this.#key = '';
      this.#removeField();
      handle.destroy();
    }

    get ready() { return this.#ready; }
    get data(): object { return this.#handle ? this.#handle.getData() : structuredClone(this.#data ?? {}); }
    set data(value: object) { this.setData(value); }
    get dossier() { return this.#dossier; }
    set dossier(value: Dossier | undefined) {
      this.#dossier = value;
      this.#schedule();
    }

    getData() { return this.data; }
    setData(data: object, opts?: { formVersion?: string }) {
      if (this.#handle) {
        this.#handle.setData(data, opts);
        this.#setFormValue(this.#handle.getData());
      } else {
        this.#data = data;
        this.#dataVersion = opts?.formVersion;
      }
    }

    validate() { return this.#handle?.validate() ?? { valid: false, errors: [], findings: [] }; }
    exportDraft() { return this.#handle ? this.#handle.exportDraft() : ''; }
    importDraft(text: string) { return this.#handle ? this.#handle.importDraft(text) : Promise.resolve(); }
    removeDraft() { return this.#handle ? this.#handle.removeDraft() : Promise.resolve(); }
    focusPath(pointer: string) { return this.#handle?.focusPath(pointer) ?? false; }
  };
}

/** Registers <govforms-form> once (the script-tag bundle does this when it loads). */
export function defineGovformsElement(tag = ELEMENT_TAG): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, createElementClass());
}
