/**
 * One embedded form: its data, the draft session, the events the portal hears, and the view
 * state React renders. Everything a portal can get wrong (bad data, another form's data, a
 * bad draft id) becomes a zh-CN message in the console and in the form; nothing throws into
 * the portal's scripts.
 */
import {
  checkDossier, formTitle, migrateFormData, validateForm, type Dossier, type Finding, type FormDefinition, type Locale, type ValidationError,
} from '@govforms/core';
import { checkFormData, exportDraft, importDraft } from '@govforms/core/drafts';
import type { GovFormHandle } from '@govforms/react';
import { createRef } from 'react';
import { DraftSession } from './draft-session.js';
import { formatTime, messagesFor } from './messages.js';
import type { EmbedErrorDetail, FormEventDetail, MountOptions, ValidateResult } from './types.js';
import { createViewStore, type ViewStore } from './view-state.js';

export interface ControllerEvents {
  change(detail: FormEventDetail): void;
  submit(detail: FormEventDetail): void;
  error(detail: EmbedErrorDetail): void;
}

const MAX_DRAFT_ID = 200;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Where the draft lives, or undefined for no drafts (see MountOptions.draftId). */
function draftIdOf(opts: MountOptions): string | undefined {
  if (opts.drafts === false) return undefined;
  if (opts.draftId !== undefined) return opts.draftId;
  return opts.data === undefined ? 'default' : undefined;
}

export class FormController {
  readonly view: ViewStore;
  readonly formRef = createRef<GovFormHandle>();
  readonly ready: Promise<void>;
  private current: object = {};
  /** Every data object reported or shown: one GovForm holds that is not among them was typed but not reported yet. */
  private readonly seen = new WeakSet<object>();
  private provided: object | undefined;
  private readonly session: DraftSession | undefined;
  private destroyed = false;

  constructor(readonly definition: FormDefinition, readonly opts: MountOptions, private readonly events: ControllerEvents,
    locale: Locale) {
    const draftId = draftIdOf(opts);
    const badDraftId = draftId !== undefined && (typeof draftId !== 'string' || draftId === '' || draftId.length > MAX_DRAFT_ID);
    const drafts = draftId !== undefined && !badDraftId;
    const empty = {};
    this.seen.add(empty);
    this.current = empty;
    this.view = createViewStore({
      data: empty, showForm: !drafts, notices: [], draft: drafts ? { kind: 'loading' } : { kind: 'off' }, locale,
      dossier: opts.dossier, readOnly: opts.readOnly === true, submitButton: opts.submitButton !== false,
    });
    if (opts.data !== undefined) {
      const t = messagesFor(locale);
      const data = this.prepare(opts.data, opts.formVersion, (m) => this.report('invalid-data', t.initialDataRejected({ problem: m })));
      if (data) this.setShown(data, true);
    }
    if (badDraftId) this.report('invalid-draft-id', messagesFor(locale).badDraftId());
    this.session = drafts ? new DraftSession({ formId: definition.id, draftId, databaseName: opts.databaseName, delayMs: opts.autosaveDelayMs }, {
      view: this.view,
      locale: () => this.locale,
      currentData: () => this.latest(),
      unreported: () => this.unreported(),
      showData: (data) => this.setShown(data, false),
      providedData: () => this.provided,
      report: (code, message, cause) => this.report(code, message, cause),
    }) : undefined;
    this.ready = (this.session?.ready ?? Promise.resolve()).catch((e: unknown) => {
      this.report('draft-unreadable', messageOf(e), e);
      this.view.update({ showForm: true });
    });
  }

  get locale(): Locale {
    return this.view.get().locale;
  }

  private get t() {
    return messagesFor(this.locale);
  }

  /** Checked, migrated data of this form, or undefined after reporting why not. */
  private prepare(data: unknown, formVersion: string | undefined, reject: (message: string) => void): Record<string, unknown> | undefined {
    try {
      const id = this.definition.id;
      const migrated = formVersion !== undefined && formVersion !== this.definition.version
        ? migrateFormData(id, formVersion, data, { locale: this.locale }).data : data;
      return structuredClone(checkFormData(id, migrated, { locale: this.locale }));
    } catch (e) {
      reject(messageOf(e));
      return undefined;
    }
  }

  private setShown(data: object, fromPage: boolean): void {
    this.seen.add(data);
    this.current = data;
    if (fromPage) this.provided = data;
    this.view.update({ data });
  }

  /** A zh-CN message in the console, in the form (unless the form shows it itself) and as an `error` event. */
  report(code: string, message: string, cause?: unknown, notice = true): void {
    console.error(`[govforms] ${message}`, ...(cause !== undefined && !(cause instanceof Error && cause.message === message) ? [cause] : []));
    if (notice && !this.destroyed) this.view.show({ id: `error:${code}`, kind: 'error', text: message, dismissible: true });
    try {
      this.events.error({ code, message });
    } catch (e) {
      console.error('[govforms] onError', e);
    }
  }

  /** GovForm reports a change the person made. */
  readonly onFormChange = (data: object, errors: ValidationError[], findings: Finding[]) => {
    if (this.destroyed) return;
    this.seen.add(data);
    this.current = data;
    this.session?.schedule(data);
    this.emit('change', { errors, findings, valid: errors.length === 0 });
  };

  private emit(type: 'change' | 'submit', result: ValidateResult): void {
    const detail: FormEventDetail = {
      formId: this.definition.id, formVersion: this.definition.version, data: structuredClone(this.current), ...result,
    };
    try {
      this.events[type](detail);
    } catch (e) {
      console.error(`[govforms] ${type} listener`, e);
    }
  }

  /** What the person typed that GovForm has not reported through onChange yet (it reports once its checks ran). */
  private unreported(): object | undefined {
    const live = this.formRef.current?.getData();
    return live && !this.seen.has(live) ? live : undefined;
  }

  private latest(): object {
    return this.unreported() ?? this.current;
  }

  getData(): object {
    return structuredClone(this.latest());
  }

  setData(data: object, opts: { formVersion?: string } = {}): void {
    if (this.destroyed) return void console.error(`[govforms] ${this.t.destroyed()}`);
    const checked = this.prepare(data, opts.formVersion, (m) => this.report('invalid-data', this.t.setDataRejected({ problem: m })));
    if (!checked) return;
    this.view.dismiss('error:invalid-data');
    // Before the draft is restored the page's data is a fallback; afterwards it is shown and saved.
    const restoring = this.view.get().draft.kind === 'loading';
    this.setShown(checked, restoring);
    if (!restoring) this.session?.schedule(checked);
  }

  validate(): ValidateResult {
    // The live form knows the text typed but not valid yet; right after setData() it still shows
    // the data before, so until it renders the new data, that data is validated here.
    const form = this.formRef.current;
    if (form && form.getData() === this.latest()) return form.validate();
    const { id, dossierKey } = this.definition;
    const locale = this.locale;
    const errors = validateForm(id, this.current, { locale }).errors;
    let findings: Finding[] = [];
    try {
      findings = checkDossier({ ...this.view.get().dossier, [dossierKey]: this.current } as Dossier, { locale, ...(this.opts.today && { today: this.opts.today }) });
    } catch {
      // The form shows checkDossier's problem once it renders.
    }
    return { valid: errors.length === 0, errors, findings };
  }

  submit(): void {
    const result = this.validate();
    if (result.valid) this.view.dismiss('submit');
    else {
      this.view.show({ id: 'submit', kind: 'error', text: this.t.invalidOnSubmit({ count: result.errors.length }) });
      const first = result.errors[0];
      if (first) this.formRef.current?.focusPath(first.path);
    }
    this.emit('submit', result);
  }

  exportDraft(): string {
    const { id, version } = this.definition;
    return exportDraft({ formId: id, formVersion: version, savedAt: new Date().toISOString(), data: this.getData() as Record<string, unknown> });
  }

  downloadDraft(): void {
    const text = this.exportDraft();
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    const title = formTitle(this.definition, this.locale);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.t.draftFileName({ title, stamp });
    a.click();
    URL.revokeObjectURL(url);
  }

  async importDraft(text: string): Promise<void> {
    const imported = importDraft(text, this.definition.id, { locale: this.locale });
    const t = this.t;
    this.setShown(imported.data, false);
    this.view.dismiss('error:import');
    this.view.show({
      id: 'imported', kind: 'info', text: t.imported({ time: formatTime(imported.savedAt, this.locale) }), dismissible: true,
      ...(imported.migratedFrom && { details: [t.migrated({ from: imported.migratedFrom, to: imported.formVersion }), ...imported.applied] }),
    });
    this.session?.schedule(imported.data);
    await this.session?.flush();
  }

  async importFile(file: Blob): Promise<void> {
    try {
      await this.importDraft(await file.text());
    } catch (e) {
      this.report('import', this.t.importFailed({ problem: messageOf(e) }), e);
    }
  }

  async removeDraft(): Promise<void> {
    await this.session?.remove();
  }

  focusPath(pointer: string): boolean {
    return this.formRef.current?.focusPath(pointer) ?? false;
  }

  update(patch: { locale?: Locale; readOnly?: boolean; dossier?: Dossier | undefined }): void {
    this.view.update(patch);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.session?.dispose();
  }
}
