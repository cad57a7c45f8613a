/**
 * Brings form data saved under an older form version up to the current one, by applying the
 * chain of migration files forms/<id>/migrations/<from>-to-<to>.json in order.
 */
import { GovformsError } from '../errors.js';
import { formMigrationFiles, getForm } from '../forms/registry.js';
import type { FormDefinition, FormId, Locale } from '../types.js';
import { isPlainObject } from './json-pointer.js';
import { formTitle, messagesFor } from './messages.js';
import { migrationDescription } from '../forms/labels.js';
import { parseMigration, type Migration } from './migration-file.js';
import { applyOperation, type UnresolvedValue } from './migration-ops.js';
import { compareVersions, isFormVersion } from './versions.js';

export interface MigrationResult {
  data: Record<string, unknown>;
  /** Always the form's current version. */
  version: string;
  /** Descriptions of the migrations applied, oldest first; empty when the data was current. */
  applied: string[];
  /** Values a migration could not place and left where they were, for the user to check. */
  unresolved: UnresolvedValue[];
}

/** The checked migrations of a form, keyed by the version they start from. */
export function formMigrations(formId: FormId, opts: { locale?: Locale } = {}): Map<string, Migration> {
  return checkedMigrations(formMigrationFiles(getForm(formId).id), opts.locale);
}

function checkedMigrations(files: readonly MigrationFileContent[], locale: Locale | undefined): Map<string, Migration> {
  const m = messagesFor(locale);
  const byFrom = new Map<string, Migration>();
  for (const { file, content } of files) {
    const migration = parseMigration(file, content, m);
    const other = byFrom.get(migration.from);
    if (other) throw new GovformsError(m.migrationInvalid({ file, problem: m.problem.sameStart({ other: other.file }) }), 'invalid-migration');
    byFrom.set(migration.from, migration);
  }
  return byFrom;
}

/** The migrations leading from a version to the form's current one, or a zh-CN error why there are none. */
function chainFrom(form: FormDefinition, version: unknown, locale: Locale | undefined, files: readonly MigrationFileContent[]): Migration[] {
  const m = messagesFor(locale);
  if (!isFormVersion(version)) throw new GovformsError(m.versionInvalid({ version: String(version) }), 'invalid-version');
  const title = formTitle(form, locale);
  if (compareVersions(version, form.version) > 0) {
    throw new GovformsError(m.newerVersion({ form: title, version, current: form.version }), 'newer-version');
  }
  const migrations = checkedMigrations(files, locale);
  const chain: Migration[] = [];
  for (let at = version; at !== form.version;) {
    const next = migrations.get(at);
    if (!next || compareVersions(next.to, form.version) > 0) {
      throw new GovformsError(m.noMigration({ form: title, version, current: form.version }), 'no-migration');
    }
    chain.push(next);
    at = next.to;
  }
  return chain;
}

/**
 * Form data saved under `fromVersion`, upgraded to the form's current version. The input is
 * not changed. A newer or unknown version, or a gap in the chain, is a zh-CN GovformsError.
 */
export function migrateFormData(formId: FormId, fromVersion: string, data: unknown, opts: { locale?: Locale } = {}): MigrationResult {
  const form = getForm(formId);
  return migrateDataWith(form, formMigrationFiles(form.id), fromVersion, data, opts);
}

/** A migration file as stored: its path ("forms/<id>/migrations/1.0.0-to-2.0.0.json") and its content, unchecked. */
export interface MigrationFileContent { file: string; content: unknown }

/**
 * migrateFormData for a form and migration files given here: a form being designed, whose
 * files are not in the registry yet. The files are checked as the built-in ones are.
 */
export function migrateDataWith(
  form: FormDefinition, files: readonly MigrationFileContent[], fromVersion: string, data: unknown, opts: { locale?: Locale } = {},
): MigrationResult {
  const m = messagesFor(opts.locale);
  const chain = chainFrom(form, fromVersion, opts.locale, files);
  if (!isPlainObject(data)) throw new GovformsError(m.dataNotObject(), 'invalid-data');
  const doc = structuredClone(data);
  const applied: string[] = [];
  const unresolved: UnresolvedValue[] = [];
  for (const migration of chain) {
    for (const op of migration.operations) unresolved.push(...applyOperation(doc, op, m));
    applied.push(migrationDescription(form, migration.file.split('/').pop()!.replace(/\.json$/, ''), migration.description, opts.locale));
  }
  return { data: doc, version: form.version, applied, unresolved };
}
