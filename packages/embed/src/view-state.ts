/**
 * What the embedded form shows besides the fields: notices (restored, migrated, another tab,
 * storage warnings, errors) and the draft status line. A tiny observable the React view
 * reads with useSyncExternalStore, so the controller can change it from outside React.
 */
import type { Dossier, Locale } from '@govforms/core';

export interface NoticeAction { label: string; run(): void }

export interface Notice {
  /** One notice per id: showing an id again replaces it. */
  id: string;
  kind: 'info' | 'warning' | 'error';
  text: string;
  /** Extra lines (what a migration changed, values to check). */
  details?: string[];
  actions?: NoticeAction[];
  dismissible?: boolean;
}

export type DraftStatus =
  | { kind: 'off' }
  | { kind: 'loading' }
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string; persisted: boolean }
  | { kind: 'on-hold' };

export interface ViewState {
  /** The data handed to GovForm; a new object replaces what is shown. */
  data: object;
  /** False while the draft is loading: the fields appear once it is known. */
  showForm: boolean;
  notices: Notice[];
  draft: DraftStatus;
  locale: Locale;
  dossier: Dossier | undefined;
  readOnly: boolean;
  submitButton: boolean;
}

export interface ViewStore {
  get(): ViewState;
  update(patch: Partial<ViewState>): void;
  subscribe(listener: () => void): () => void;
  show(notice: Notice): void;
  dismiss(id: string): void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<ViewState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  return {
    get: () => state,
    update,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: (notice) => update({ notices: [...state.notices.filter((n) => n.id !== notice.id), notice] }),
    dismiss: (id) => {
      if (state.notices.some((n) => n.id === id)) update({ notices: state.notices.filter((n) => n.id !== id) });
    },
  };
}
