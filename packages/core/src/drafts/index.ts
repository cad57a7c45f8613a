/**
 * @govforms/core/drafts: drafts in the browser (IndexedDB with a memory fallback, revisions,
 * cross-tab notices), autosave and draft files. A separate entry point: only the embed
 * bundle and portals that keep drafts need it.
 */
export {
  openDraftStore, type DraftStore, type DraftStoreOptions, type DraftWarning, type LoadedDraft, type SaveOptions,
  type SaveResult, type DraftConflict, type DraftSummary,
} from './draft-store.js';
export { checkFormData, type DraftRecord } from './draft-record.js';
export type { DraftNotice, DraftListener } from './draft-notices.js';
export { exportDraft, importDraft, type DraftFileContent, type ImportedDraft } from './draft-file.js';
export { createAutosave, type Autosave, type AutosaveOptions } from './autosave.js';
export { messagesFor as draftMessages, type DraftMessages } from './messages.js';
