/**
 * The document templates, derived from data: every `templates/<id>/` with a template.json is
 * a template (titles in other locales in `templates/<id>/i18n/<locale>.json`), and its code, if
 * it needs any, is `src/mappers/<id>.ts`. This module turns those files into the registry; it
 * is a pure function of them, so tests can hand it fixture folders (the files themselves are
 * found at build time, see templates.ts). A broken file stops the load with a zh-CN message
 * naming it.
 */
import { GovformsError, SOURCE_LOCALE, canonicalLocale, dossierKeys, isPlainObject, words } from '@govforms/core';
import { docxMessages } from './messages.js';
import type { TemplateDefinition, TemplateMapper, TemplateMeta } from './template-definition.js';

export interface TemplateRegistryFiles {
  /** Text of each templates/<id>/template.json, keyed by its path ("…/templates/<id>/template.json"). */
  definitions: Record<string, string>;
  /** Text of each templates/<id>/i18n/<locale>.json, keyed by its path. */
  translations: Record<string, string>;
  /** Each src/mappers/<id>.ts module's default export, keyed by its path ("./mappers/<id>.ts"). */
  mappers: Record<string, unknown>;
  /** Whether a template folder has its document (word/document.xml). */
  hasDocument(folder: string): boolean;
}

const META_FIELDS = ['id', 'version', 'title', 'section', 'uses', 'order'];
const VERSION = /^\d+\.\d+\.\d+$/;
const TRANSLATION_FIELDS = ['title'];

/** A path as the repository names it: "../../../templates/x/template.json" → "templates/x/template.json". */
const repoPath = (path: string) => path.replace(/^(\.{1,2}\/)+/, '');
const segments = (path: string) => repoPath(path).split('/');
const definitionPath = (id: string) => `templates/${id}/template.json`;
const mapperPath = (id: string) => `packages/docx/src/mappers/${id}.ts`;

function fail(file: string, problem: string): never {
  const m = docxMessages(SOURCE_LOCALE).registry;
  throw new GovformsError(m.invalid({ file, problem }), 'invalid-template-definition', file);
}

function parseObject(file: string, text: string, fields: readonly string[]): Record<string, unknown> {
  const m = docxMessages(SOURCE_LOCALE).registry;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(file, m.notJson({ why: e instanceof Error ? e.message : String(e) }));
  }
  if (!isPlainObject(json)) fail(file, m.notObject());
  const unknown = Object.keys(json).find((k) => !fields.includes(k));
  if (unknown !== undefined) fail(file, m.unknownField({ field: unknown, known: fields.join(words(SOURCE_LOCALE).listSeparator()) }));
  return json;
}

const nonEmptyText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function readMeta(file: string, folder: string, text: string): TemplateMeta {
  const m = docxMessages(SOURCE_LOCALE).registry;
  const json = parseObject(file, text, META_FIELDS);
  const keys: readonly string[] = dossierKeys();
  const known = keys.join(words(SOURCE_LOCALE).listSeparator());
  if (json.id !== folder) fail(file, m.idMismatch({ folder }));
  if (typeof json.version !== 'string' || !VERSION.test(json.version)) fail(file, m.version());
  if (!nonEmptyText(json.title)) fail(file, m.title());
  if (typeof json.section !== 'string' || !keys.includes(json.section)) fail(file, m.section({ known }));
  if (!Array.isArray(json.uses) || !json.uses.every((k) => typeof k === 'string' && keys.includes(k))) fail(file, m.uses({ known }));
  if (json.order !== undefined && !(typeof json.order === 'number' && Number.isFinite(json.order))) fail(file, m.order());
  return {
    id: folder, version: json.version, title: json.title, section: json.section, uses: [...json.uses] as string[],
    ...(json.order !== undefined ? { order: json.order as number } : {}),
  };
}

function isMapper(v: unknown): v is TemplateMapper {
  return isPlainObject(v) && Array.isArray(v.tags) && typeof v.data === 'function';
}

const noMapper: TemplateMapper = { tags: [], data: () => ({}) };

/** The templates, in their order (then by id), each with its titles and mapper. */
export function buildTemplateRegistry(files: TemplateRegistryFiles): TemplateDefinition[] {
  const m = docxMessages(SOURCE_LOCALE).registry;
  const metas = new Map<string, TemplateMeta>();
  for (const [path, text] of Object.entries(files.definitions)) {
    const folder = segments(path).at(-2)!;
    const meta = readMeta(repoPath(path), folder, text);
    if (!files.hasDocument(folder)) fail(repoPath(path), m.noDocument());
    metas.set(folder, meta);
  }
  const titles = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(files.translations)) {
    const parts = segments(path);
    const folder = parts.at(-3)!;
    const file = parts.at(-1)!.replace(/\.json$/, '');
    // Keyed by canonical tag, as lookups ask (i18n/qps-ploc.json serves "qps-Ploc").
    const locale = canonicalLocale(file) ?? file;
    if (!metas.has(folder)) fail(repoPath(path), m.orphan({ definition: definitionPath(folder) }));
    const json = parseObject(repoPath(path), text, TRANSLATION_FIELDS);
    if (!nonEmptyText(json.title)) fail(repoPath(path), m.translationTitle());
    titles.set(folder, { ...titles.get(folder), [locale]: json.title });
  }
  const mappers = new Map<string, TemplateMapper>();
  for (const [path, mapper] of Object.entries(files.mappers)) {
    const id = segments(path).at(-1)!.replace(/\.ts$/, '');
    if (!metas.has(id)) fail(mapperPath(id), m.orphan({ definition: definitionPath(id) }));
    if (!isMapper(mapper)) fail(mapperPath(id), m.mapperShape());
    mappers.set(id, mapper);
  }
  const order = (t: TemplateMeta) => t.order ?? Number.MAX_SAFE_INTEGER;
  return [...metas.values()]
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
    .map((meta) => {
      const { tags, data } = mappers.get(meta.id) ?? noMapper;
      return { ...meta, titles: titles.get(meta.id) ?? {}, tags, data };
    });
}
