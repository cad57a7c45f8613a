/**
 * docxtemplater's errors (a "multi error" object with English explanations and character
 * offsets) and our own tag problems, turned into one GovformsError (zh-CN unless asked otherwise) that names each tag
 * and the text of the paragraph it sits in, so a department can find it in Word.
 */
import { GovformsError } from '@govforms/core';
import type { DocxMessages } from './messages.js';
import type { TagProblem } from './tag-parser.js';

export interface ParagraphText { file: string; start: number; end: number; text: string }

export interface TemplateProblem { tag: string; paragraph: string; message: string }

/** The error for a template whose tags are broken or unknown; no document is written. */
export class TemplateTagError extends GovformsError {
  constructor(message: string, readonly problems: TemplateProblem[]) {
    super(message, 'template-tags');
  }
}

/** Parts docxtemplater fills in: the document, headers, footers, notes, properties. */
export const TEMPLATED_PART = /^(word\/(document|header[\w-]*|footer[\w-]*|footnotes|endnotes|comments)\.xml|docProps\/(core|app)\.xml)$/;

const TOKENS = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]!);

/**
 * Paragraphs of one XML part with their range in docxtemplater's offsets (positions in the
 * concatenated, still-escaped text of the part's <w:t> elements).
 */
export function paragraphsOfPart(file: string, xml: string): ParagraphText[] {
  const out: ParagraphText[] = [];
  let offset = 0;
  let current: { start: number; raw: string } | undefined;
  for (const m of xml.matchAll(TOKENS)) {
    if (m[0].startsWith('</w:p')) {
      if (current) out.push({ file, start: current.start, end: offset, text: unescape(current.raw) });
      current = undefined;
    } else if (m[0].startsWith('<w:t')) {
      const text = m[2] ?? '';
      if (current) current.raw += text;
      offset += text.length;
    } else if (m[1] !== '/') {
      current = { start: offset, raw: '' };
    }
  }
  return out;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

function locate(paragraphs: readonly ParagraphText[], tag: string, offset: number | undefined, file?: string): string {
  const inFile = file ? paragraphs.filter((p) => p.file === file) : paragraphs;
  const byOffset = offset === undefined ? [] : inFile.filter((p) => p.start <= offset && offset <= p.end);
  const hit = byOffset.find((p) => p.text.includes(tag)) ?? byOffset[0] ?? inFile.find((p) => p.text.includes(tag));
  return hit ? shorten(hit.text) : '';
}

function describeTagProblem(p: TagProblem, m: DocxMessages): string {
  const t = m.tags;
  const tag = { tag: p.tag };
  switch (p.kind) {
    case 'unknown-loop': return t.unknownLoop(tag);
    case 'bad-syntax': return t.badSyntax(tag);
    case 'raw-xml': return t.rawXml(tag);
    default: return t.unknownTag(tag);
  }
}

interface DxtErrorProperties {
  id?: string; xtag?: string; offset?: number | number[]; file?: string; explanation?: string;
  openingtag?: string; closingtag?: string; errors?: { properties?: DxtErrorProperties; message?: string }[];
}

function describeDxtError(p: DxtErrorProperties, m: DocxMessages): string {
  const t = m.tags;
  const tag = { tag: p.xtag ?? '' };
  switch (p.id) {
    case 'unclosed_loop': return t.unclosedLoop(tag);
    case 'unopened_loop': return t.unopenedLoop(tag);
    case 'closing_tag_does_not_match_opening_tag': return t.loopMismatch({ open: p.openingtag ?? '', close: p.closingtag ?? '' });
    case 'unclosed_tag': return t.unclosedTag(tag);
    case 'unopened_tag': return t.unopenedTag(tag);
    case 'duplicate_open_tag':
    case 'duplicate_close_tag': return t.duplicateDelimiter(tag);
    case 'unbalanced_loop_tags': return t.unbalancedLoops({ tags: p.explanation?.replace(/^Unbalanced loop tags /, '') ?? '' });
    case 'raw_tag_outerxml_invalid':
    case 'raw_xml_tag_should_be_only_text_in_paragraph': return t.rawXml(tag);
    default: return t.other({ what: p.explanation ?? p.id ?? '' });
  }
}

function problemsError(problems: TemplateProblem[], m: DocxMessages): TemplateTagError {
  const t = m.tags;
  const lines = problems.slice(0, 10).map((p, i) => `${i + 1}. ${p.paragraph ? t.inParagraph({ problem: p.message, paragraph: p.paragraph }) : p.message}`);
  if (problems.length > 10) lines.push('…');
  return new TemplateTagError(t.problems({ count: problems.length, list: lines.join('\n') }), problems);
}

export function tagProblemsError(found: readonly TagProblem[], paragraphs: readonly ParagraphText[], m: DocxMessages): TemplateTagError {
  const seen = new Set<string>();
  const problems: TemplateProblem[] = [];
  for (const p of found) {
    const key = `${p.kind}:${p.tag}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ tag: p.tag, paragraph: locate(paragraphs, p.tag, p.offset), message: describeTagProblem(p, m) });
  }
  return problemsError(problems, m);
}

/** A docxtemplater exception as a GovformsError (broken tags), or undefined if it is not one. */
export function fromDocxtemplaterError(e: unknown, paragraphs: readonly ParagraphText[], m: DocxMessages): GovformsError | undefined {
  const props = (e as { properties?: DxtErrorProperties } | null)?.properties;
  if (!props?.id) return undefined;
  if (props.id === 'filetype_not_identified' || props.id === 'filetype_not_handled' || props.id === 'malformed_xml' || props.id === 'file_has_invalid_xml') {
    return new GovformsError(m.errors.templateUnreadable(), 'template-unreadable');
  }
  const list = props.id === 'multi_error' && props.errors ? props.errors.map((x) => x.properties ?? {}) : [props];
  return problemsError(list.map((p) => {
    const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
    const tag = p.xtag ?? p.openingtag ?? '';
    return { tag, paragraph: locate(paragraphs, tag, offset, p.file), message: describeDxtError(p, m) };
  }), m);
}
