/**
 * One form's draft in this browser, over core's draft store: restored when the form opens,
 * saved as the person types (core's createAutosave), flushed when the page is hidden or left,
 * and never saved over another tab's newer version or over a stored draft that cannot be read
 * without the person choosing so.
 */
import type { FormId, Locale } from '@govforms/core';
import {
  createAutosave, openDraftStore, type Autosave, type DraftConflict, type DraftNotice, type DraftStore, type LoadedDraft,
} from '@govforms/core/drafts';
import { formatTime, messagesFor } from './messages.js';
import type { ViewStore } from './view-state.js';

export interface DraftSessionHost {
  view: ViewStore;
  locale(): Locale;
  currentData(): object;
  /** Data typed but not reported through onChange yet, if any. */
  unreported(): object | undefined;
  /** Shows other data in the form (a restored, reloaded or imported draft). */
  showData(data: object): void;
  /** Data the page gave (mount's `data`, setData before the draft was restored). */
  providedData(): object | undefined;
  report(code: string, message: string, cause?: unknown): void;
}

export interface DraftSessionOptions {
  formId: FormId;
  draftId: string;
  databaseName?: string | undefined;
  delayMs?: number | undefined;
}

/** Final saves still running, by draft: a form opened again on this page waits for them. */
const closing = new Map<string, Promise<void>>();

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DraftSession {
  readonly ready: Promise<void>;
  private store: DraftStore | undefined;
  private autosave: Autosave | undefined;
  /** The newest revision this page knows of (loaded or saved). */
  private revision = 0;
  /** The stored draft could not be read: nothing is saved until the person chooses to replace it. */
  private onHold = false;
  /** Data that arrived while no autosave was running. */
  private pending: object | undefined;
  private quiet = false;
  private disposed = false;
  private unsubscribe: (() => void) | undefined;
  private readonly key: string;

  constructor(private readonly opts: DraftSessionOptions, private readonly host: DraftSessionHost) {
    this.key = JSON.stringify([opts.databaseName ?? '', opts.formId, opts.draftId]);
    this.ready = this.start();
  }

  private get t() {
    return messagesFor(this.host.locale());
  }

  private async start(): Promise<void> {
    await closing.get(this.key);
    const store = await openDraftStore({ locale: this.host.locale(), ...(this.opts.databaseName && { databaseName: this.opts.databaseName }) });
    if (this.disposed) return store.close();
    this.store = store;
    this.showStorageWarning();
    try {
      const loaded = await store.load(this.opts.formId, this.opts.draftId);
      if (this.disposed) return;
      if (loaded) this.restored(loaded);
    } catch (e) {
      if (this.disposed) return;
      this.hold(e);
    }
    this.unsubscribe = store.subscribe((n) => this.onNotice(n));
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
    this.host.view.update({ showForm: true, draft: this.onHold ? { kind: 'on-hold' } : { kind: 'idle' } });
    this.startAutosave();
  }

  private restored(loaded: LoadedDraft): void {
    const t = this.t;
    this.revision = loaded.revision;
    this.host.showData(loaded.data);
    const provided = this.host.providedData();
    this.host.view.show({
      id: 'restored', kind: 'info', text: t.restored({ time: formatTime(loaded.savedAt, this.host.locale()) }), dismissible: true,
      ...(provided && { actions: [{ label: t.useProvidedData(), run: () => this.useProvided(provided) }] }),
    });
    if (loaded.migratedFrom) {
      const unresolved = loaded.unresolved.map((u) => u.message);
      this.host.view.show({
        id: 'migrated', kind: unresolved.length ? 'warning' : 'info', text: t.migrated({ from: loaded.migratedFrom, to: loaded.formVersion }),
        details: [...loaded.applied, ...(unresolved.length ? [t.unresolved(), ...unresolved] : [])], dismissible: true,
      });
    }
  }

  private useProvided(provided: object): void {
    this.host.view.dismiss('restored');
    this.host.showData(structuredClone(provided));
    this.schedule(this.host.currentData());
  }

  /** The stored draft cannot be opened (corrupted, newer version, unreadable): keep it, say so, offer to replace it. */
  private hold(e: unknown): void {
    const t = this.t;
    this.onHold = true;
    this.host.report('draft-unreadable', messageOf(e), e);
    this.host.view.show({
      id: 'stored-draft', kind: 'error', text: t.draftOnHoldDetail(),
      actions: [{ label: t.replaceStored(), run: () => void this.keepMine() }],
    });
  }

  private startAutosave(): void {
    const store = this.store;
    if (!store || this.disposed) return;
    this.autosave = createAutosave(store, this.opts.formId, this.opts.draftId, {
      ...(this.opts.delayMs !== undefined && { delayMs: this.opts.delayMs }),
      onSaved: (r) => {
        if (this.disposed) return;
        this.revision = Math.max(this.revision, r.revision);
        this.host.view.update({ draft: { kind: 'saved', savedAt: r.savedAt, persisted: r.persisted } });
        this.host.view.dismiss('other-tab');
        this.showStorageWarning();
      },
      onConflict: (c) => {
        if (!this.disposed && !this.quiet) this.showOtherTab(c, true);
      },
      onError: (e) => this.saveFailed(e),
    });
    const waiting = this.pending;
    this.pending = undefined;
    if (waiting && !this.onHold) this.schedule(waiting);
  }

  /** The person changed the data (or the page set it). */
  schedule(data: object): void {
    if (this.disposed) return;
    if (!this.autosave || this.onHold) {
      this.pending = data;
      if (this.onHold) this.host.view.update({ draft: { kind: 'on-hold' } });
      return;
    }
    this.autosave.schedule(data);
    this.host.view.update({ draft: { kind: 'saving' } });
  }

  /** Typing GovForm has not reported yet is scheduled too, so a flush saves everything on screen. */
  private catchUp(): void {
    const unreported = this.host.unreported();
    if (unreported) this.schedule(unreported);
  }

  /** Saves waiting data now (an import, the page going away). */
  flush(): Promise<void> {
    this.catchUp();
    return (this.autosave?.flush() ?? Promise.resolve()).then(() => undefined, (e: unknown) => this.saveFailed(e));
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private readonly onPageHide = () => void this.flush();

  private onNotice(n: DraftNotice): void {
    const store = this.store;
    if (this.disposed || !store || n.formId !== this.opts.formId || n.draftId !== this.opts.draftId || n.writer === store.writer) return;
    if (n.type === 'removed') {
      this.revision = 0;
      this.host.view.show({ id: 'other-tab', kind: 'info', text: this.t.removedElsewhere(), dismissible: true });
      return;
    }
    if ((n.revision ?? 0) <= this.revision) return;
    this.showOtherTab({ revision: n.revision ?? 0, savedAt: n.savedAt ?? new Date().toISOString(), writer: n.writer }, false);
  }

  private showOtherTab(c: DraftConflict, refused: boolean): void {
    const t = this.t;
    const time = formatTime(c.savedAt, this.host.locale());
    this.host.view.show({
      id: 'other-tab', kind: 'warning', text: refused ? t.conflict({ time }) : t.otherTabSaved({ time }),
      actions: [{ label: t.loadLatest(), run: () => void this.loadLatest() }, { label: t.keepMine(), run: () => void this.keepMine() }],
    });
    if (refused) this.host.view.update({ draft: { kind: 'on-hold' } });
  }

  /** Stops the running autosave without letting it write: a save it still attempts meets the conflict and is refused. */
  private async stopAutosave(): Promise<void> {
    const running = this.autosave;
    this.autosave = undefined;
    this.quiet = true;
    try {
      await running?.flush();
    } catch {
      // A failing save of data the person is about to replace or save again anyway.
    } finally {
      this.quiet = false;
    }
  }

  /** Shows the version another tab saved. */
  async loadLatest(): Promise<void> {
    const store = this.store;
    if (!store || this.disposed) return;
    await this.stopAutosave();
    try {
      const loaded = await store.load(this.opts.formId, this.opts.draftId);
      if (this.disposed) return;
      this.pending = undefined;
      if (loaded) {
        this.revision = loaded.revision;
        this.host.showData(loaded.data);
        this.host.view.update({ draft: { kind: 'saved', savedAt: loaded.savedAt, persisted: loaded.persisted } });
      }
      this.host.view.dismiss('other-tab');
    } catch (e) {
      this.hold(e);
    }
    this.startAutosave();
  }

  /** Saves this page's data over whatever is stored: the person's word. */
  async keepMine(): Promise<void> {
    const store = this.store;
    if (!store || this.disposed) return;
    await this.stopAutosave();
    try {
      const r = await store.save(this.opts.formId, this.opts.draftId, this.host.currentData(), { force: true });
      if (this.disposed) return;
      if (r.ok) {
        this.revision = r.revision;
        this.host.view.update({ draft: { kind: 'saved', savedAt: r.savedAt, persisted: r.persisted } });
      }
      this.onHold = false;
      this.pending = undefined;
      this.host.view.dismiss('other-tab');
      this.host.view.dismiss('stored-draft');
      this.showStorageWarning();
    } catch (e) {
      this.saveFailed(e);
    }
    this.startAutosave();
  }

  /** Deletes the stored draft (the portal's word, e.g. after the back end accepted it). */
  async remove(): Promise<void> {
    const store = this.store;
    if (!store || this.disposed) return;
    await this.stopAutosave();
    try {
      await store.remove(this.opts.formId, this.opts.draftId);
      this.revision = 0;
      this.onHold = false;
      this.pending = undefined;
      this.host.view.dismiss('stored-draft');
      this.host.view.update({ draft: { kind: 'idle' } });
    } finally {
      this.startAutosave();
    }
  }

  private showStorageWarning(): void {
    const warning = this.store?.warning;
    if (warning) this.host.view.show({ id: 'storage', kind: 'warning', text: warning.message });
    else this.host.view.dismiss('storage');
  }

  private saveFailed(e: unknown): void {
    if (this.disposed) return;
    this.host.report('draft-save-failed', this.t.saveFailed({ problem: messageOf(e) }), e);
    this.showStorageWarning();
  }

  /** Saves what is waiting, then closes the store and its BroadcastChannel; removes every listener at once. */
  dispose(): void {
    if (this.disposed) return;
    this.catchUp();
    this.disposed = true;
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onPageHide);
    this.unsubscribe?.();
    const { autosave, store } = this;
    this.autosave = undefined;
    const done = (async () => {
      try {
        await autosave?.dispose();
      } catch {
        // Reported nowhere: the form is gone. A refused save leaves the stored draft as it was.
      } finally {
        store?.close();
      }
    })();
    closing.set(this.key, done);
    void done.then(() => {
      if (closing.get(this.key) === done) closing.delete(this.key);
    });
  }
}
