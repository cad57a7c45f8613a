/**
 * Does a draft saved under an earlier version open under the version being designed? The
 * draft file (as the playground and mount() save it: { formId, formVersion, data }) is
 * migrated with core's own migration code through the design's migration files, the next
 * release's included, exactly as the built form will do it.
 */
import { checkFormFiles, GovformsError, isPlainObject, migrateDataWith, type MigrationResult } from '@govforms/core';
import { DesignError } from './design-error.js';
import { formFiles } from './folder.js';
import type { Design } from './types.js';
import { release } from './versioning.js';

export function openDraft(d: Design, file: string, text: string, date: string, locale?: string): MigrationResult & { from: string } {
  let draft: unknown;
  try {
    draft = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DesignError('draftNotDraft', { file });
  }
  if (!isPlainObject(draft) || typeof draft.formId !== 'string' || typeof draft.formVersion !== 'string' || !isPlainObject(draft.data)) {
    throw new DesignError('draftNotDraft', { file });
  }
  const id = d.folder.form.id;
  if (draft.formId !== id) throw new DesignError('draftOtherForm', { file, form: draft.formId, id });
  const next = release(d, date).design;
  const migrations = Object.keys(next.folder.migrations);
  const checked = checkFormFiles(formFiles(next), { migrations, ...(d.replaces ? { replaces: d.replaces } : {}) });
  if (!checked.definition) throw new DesignError('draftFormBroken');
  const files = migrations.map((name) => ({ file: `forms/${id}/migrations/${name}.json`, content: next.folder.migrations[name] }));
  try {
    return { ...migrateDataWith(checked.definition, files, draft.formVersion, draft.data, { locale: locale as never }), from: draft.formVersion };
  } catch (e) {
    if (e instanceof GovformsError) throw new DesignError('draftMigration', { file, message: e.message });
    throw e;
  }
}
