/**
 * renderDocument: a dossier into one of the registered Word documents (or a department's own
 * template). Shared by every template: the dossier view, the template's mapper, safe tags,
 * and errors and warnings in the caller's locale (zh-CN by default). Works in Node and
 * browsers: bytes in, bytes out, no fs.
 */
import { GovformsError, deflatedZip, draftDossier, isIsoDate, listForms, todayInChina, type Dossier, type DraftGap, type Locale } from '@govforms/core';
import { provenanceOf, sha256Hex } from '@govforms/core/provenance';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { dossierView, formatDate, notFilled, textOfValue, type ViewContext } from './dossier-view.js';
import { markDraft } from './draft-mark.js';
import { compileMapping } from './mapping.js';
import { docxMessages, documentWords as w, type DocxMessages } from './messages.js';
import { builtInTemplateZip } from './pack-template.js';
import { provenanceTags, stampProperties, type TemplateStamp } from './provenance-parts.js';
import { createNullGetter, createTagParser, type TagParserState } from './tag-parser.js';
import { TEMPLATED_PART, fromDocxtemplaterError, paragraphsOfPart, tagProblemsError, type ParagraphText } from './template-errors.js';
import type { TemplateDefinition } from './template-definition.js';
import { getTemplate, templateSections } from './templates.js';
import type { DocumentTemplateId, RenderOptions, RenderReport, RenderWarning } from './types.js';
import type { ViewObject } from './view-text.js';

function loadCustomTemplate(bytes: unknown, m: DocxMessages): PizZip {
  if (!(bytes instanceof Uint8Array)) throw new GovformsError(m.errors.templateNotBytes(), 'template-unreadable');
  try {
    return new PizZip(bytes);
  } catch {
    throw new GovformsError(m.errors.templateUnreadable(), 'template-unreadable');
  }
}

/** The paragraphs of every templated part, read before rendering (for error messages). */
function paragraphIndex(zip: PizZip): () => ParagraphText[] {
  const parts = Object.keys(zip.files).filter((name) => TEMPLATED_PART.test(name)).map((name) => [name, zip.file(name)!.asText()] as const);
  return () => parts.flatMap(([name, xml]) => paragraphsOfPart(name, xml));
}

function projectNameOf(view: ViewObject, def: TemplateDefinition): string {
  for (const key of [def.section, 'application']) {
    const name = textOfValue((view[key] as ViewObject | undefined)?.projectName);
    if (name !== notFilled) return name;
  }
  return notFilled;
}

function dedupe(warnings: RenderWarning[]): RenderWarning[] {
  const seen = new Set<string>();
  return warnings.filter((x) => (seen.has(x.path + x.message) ? false : (seen.add(x.path + x.message), true)));
}

/** What a document's tags read, provenance aside: the dossier view, the mapper's data, the title and the day of the checks. */
export function documentData(def: TemplateDefinition, dossier: unknown, today: string, ctx: ViewContext): Record<string, unknown> {
  const view = dossierView(dossier, def.uses, ctx);
  const projectName = projectNameOf(view, def);
  return {
    ...view,
    ...def.data({ dossier, view, today, ctx }),
    projectName,
    documentTitle: w.documentTitle({ project: projectName === notFilled ? '' : projectName, document: def.title }),
    checkedOn: formatDate(today),
  };
}

/** Renders a document and reports what in the dossier could not be shown as given. */
export async function renderDocumentWithReport(id: DocumentTemplateId, given: Dossier, opts: RenderOptions = {}): Promise<RenderReport> {
  const locale: Locale | undefined = opts.locale;
  const messages = docxMessages(locale);
  const def = getTemplate(id, locale);
  const today = opts.today ?? todayInChina();
  if (!isIsoDate(today)) throw new GovformsError(messages.errors.badToday({ today: String(today) }), 'invalid-today');
  const now = opts.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new GovformsError(messages.errors.badNow(), 'invalid-now');
  const mapping = compileMapping(opts.mapping, messages);
  const zip = opts.template !== undefined ? loadCustomTemplate(opts.template, messages) : builtInTemplateZip(def.id);
  const paragraphs = paragraphIndex(zip);

  // A department's template is named by its own digest: which file made the document.
  const stamp: TemplateStamp = opts.template !== undefined
    ? { id: w.customTemplate(), version: `sha256:${sha256Hex(opts.template as Uint8Array).slice(0, 12)}` }
    : { id: def.id, version: def.version };
  // The provenance names the data as given; a draft prints only what matches its forms.
  const provenance = provenanceOf(given, { forms: listForms(), now });
  let dossier = given;
  let gaps: DraftGap[] = [];
  if (opts.draft) ({ dossier, gaps } = draftDossier(given, templateSections(def)));
  const ctx: ViewContext = { warnings: [], locale, messages };
  const data = { ...documentData(def, dossier, today, ctx), ...provenanceTags(provenance, stamp, [def.section, ...def.uses]) };

  const state: TagParserState = { mapping, problems: [], warnings: ctx.warnings, messages };
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true, linebreaks: true, errorLogging: false, stripInvalidXMLChars: true,
      parser: createTagParser(state), nullGetter: createNullGetter(state),
    });
    doc.render(data);
  } catch (e) {
    throw fromDocxtemplaterError(e, paragraphs(), messages) ?? e;
  }
  if (state.problems.length) throw tagProblemsError(state.problems, paragraphs(), messages);
  stampProperties(doc.getZip(), provenance, stamp);
  if (opts.draft) markDraft(doc.getZip(), gaps);
  // Level 3 (browsers, pako): most of the size saving of the default level at about half the time.
  const bytes = await deflatedZip((compression) => doc.getZip().generate({ type: 'uint8array', compression, compressionOptions: { level: 3 } }));
  const warnings = dedupe(ctx.warnings);
  for (const warning of warnings) opts.onWarning?.(warning);
  return { bytes, warnings };
}

/** Renders one of the registered documents (or `opts.template`) for a dossier, as .docx bytes. */
export async function renderDocument(id: DocumentTemplateId, dossier: Dossier, opts: RenderOptions = {}): Promise<Uint8Array> {
  return (await renderDocumentWithReport(id, dossier, opts)).bytes;
}
