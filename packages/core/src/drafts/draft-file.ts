/**
 * A draft as a JSON file the user can keep, mail or open in another browser:
 * { "govforms": "draft", formId, formVersion, savedAt, data }. Importing checks the file,
 * refuses another form's draft or a newer version with a zh-CN error, and migrates an older one.
 */
import { GovformsError } from '../errors.js';
import { getForm } from '../forms/registry.js';
import type { FormId, Locale } from '../types.js';
import { checkFormData } from './draft-record.js';
import { isPlainObject } from './json-pointer.js';
import { formTitle, messagesFor } from './messages.js';
import type { UnresolvedValue } from './migration-ops.js';
import { migrateFormData } from './migrations.js';
import { isFormVersion } from './versions.js';

export interface DraftFileContent {
  formId: FormId;
  formVersion: string;
  savedAt: string;
  data: Record<string, unknown>;
}

export interface ImportedDraft extends DraftFileContent {
  /** The version in the file, when the data was migrated to the current one. */
  migratedFrom?: string;
  applied: string[];
  unresolved: UnresolvedValue[];
}

const MAX_FILE_MB = 20;

/** The draft file's text (pretty-printed JSON). */
export function exportDraft(draft: DraftFileContent): string {
  const { formId, formVersion, savedAt, data } = draft;
  return `${JSON.stringify({ govforms: 'draft', formId: getForm(formId).id, formVersion, savedAt, data }, null, 2)}\n`;
}

function parse(text: unknown, locale: Locale | undefined): Record<string, unknown> {
  const m = messagesFor(locale);
  if (typeof text !== 'string') throw new GovformsError(m.fileNotText(), 'invalid-draft-file');
  if (text.length > MAX_FILE_MB * 1024 * 1024) throw new GovformsError(m.fileTooLarge({ mb: MAX_FILE_MB }), 'invalid-draft-file');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new GovformsError(m.fileNotJson(), 'invalid-draft-file');
  }
  if (!isPlainObject(file) || file.govforms !== 'draft') throw new GovformsError(m.fileNotDraft(), 'invalid-draft-file');
  return file;
}

/**
 * The draft in a file, checked and migrated to the current form version. With
 * `expectedFormId`, a draft of any other form is refused. Save it with DraftStore.save.
 */
export function importDraft(text: string, expectedFormId?: FormId, opts: { locale?: Locale } = {}): ImportedDraft {
  const m = messagesFor(opts.locale);
  const file = parse(text, opts.locale);
  const badField = (name: string) => new GovformsError(m.fileBadField({ name }), 'invalid-draft-file', `/${name}`);
  if (typeof file.formId !== 'string') throw badField('formId');
  const form = getForm(file.formId);
  if (expectedFormId !== undefined) {
    const expected = getForm(expectedFormId);
    if (expected.id !== form.id) {
      throw new GovformsError(m.fileOfAnotherForm({ fileForm: formTitle(form, opts.locale), expected: formTitle(expected, opts.locale) }), 'draft-of-another-form');
    }
  }
  if (!isFormVersion(file.formVersion)) throw badField('formVersion');
  if (typeof file.savedAt !== 'string' || Number.isNaN(Date.parse(file.savedAt))) throw badField('savedAt');
  if (!isPlainObject(file.data)) throw badField('data');
  const migrated = migrateFormData(form.id, file.formVersion, file.data, opts);
  const data = checkFormData(form.id, migrated.data, opts);
  return {
    formId: form.id, formVersion: migrated.version, savedAt: file.savedAt, data,
    ...(file.formVersion !== migrated.version && { migratedFrom: file.formVersion }),
    applied: migrated.applied, unresolved: migrated.unresolved,
  };
}
