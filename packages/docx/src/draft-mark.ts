/**
 * 草稿 marks on a rendered document (built-in or a department's): a red header line on every
 * page of every section, and at the top of the body what is missing or wrong, so a draft can
 * never pass for the real thing. Works on the package after docxtemplater rendered it.
 */
import type { DraftGap } from '@govforms/core';
import type PizZip from 'pizzip';
import { documentWords as w } from './messages.js';

const DOCUMENT_PART = 'word/document.xml';
const HEADER_PART = 'word/header-govforms-draft.xml';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const HEADER_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A long list of gaps is cut here: the form itself lists them all. */
const MAX_LISTED = 200;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const RED_RUN = '<w:rPr><w:rFonts w:ascii="SimHei" w:hAnsi="SimHei" w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="24"/></w:rPr>';

/** The notice in the body's red, its list lines compact (exact 15 pt lines) so a long list stays short. */
function paragraph(text: string, first = false): string {
  const spacing = first ? '<w:spacing w:before="0" w:after="120"/>' : '<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="exact"/>';
  return `<w:p><w:pPr>${spacing}<w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r>${RED_RUN}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** The paragraphs at the top of the body: the notice and each gap ("1. 项目申报表·总投资（元）：应为数字"). */
function noticeParagraphs(gaps: readonly DraftGap[]): string {
  if (gaps.length === 0) return paragraph(w.draftNoticeComplete(), true);
  const listed = gaps.slice(0, MAX_LISTED).map((g, i) => paragraph(w.draftGap({ n: i + 1, label: g.label, message: g.message })));
  const more = gaps.length > MAX_LISTED ? [paragraph(w.draftMore({ count: gaps.length - MAX_LISTED }))] : [];
  return [paragraph(w.draftNotice({ count: gaps.length }), true), ...listed, ...more, '<w:p/>'].join('');
}

function headerXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>`
    + `<w:r>${RED_RUN}<w:t xml:space="preserve">${escapeXml(w.draftMark())}</w:t></w:r></w:p></w:hdr>`;
}

function addHeaderPart(zip: PizZip): string {
  zip.file(HEADER_PART, headerXml());
  const types = zip.file('[Content_Types].xml')!.asText();
  if (!types.includes(`/${HEADER_PART}`)) {
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${HEADER_PART}" ContentType="${HEADER_TYPE}"/></Types>`));
  }
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = zip.file(relsPath)?.asText()
    ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rIdGovformsDraft${n}`)) n++;
  const id = `rIdGovformsDraft${n}`;
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${HEADER_REL}" Target="header-govforms-draft.xml"/></Relationships>`));
  return id;
}

/** Marks the rendered package as a draft listing `gaps` (none: a draft on request). */
export function markDraft(zip: PizZip, gaps: readonly DraftGap[]): void {
  const id = addHeaderPart(zip);
  const references = ['default', 'even', 'first'].map((type) => `<w:headerReference w:type="${type}" r:id="${id}"/>`).join('');
  let xml = zip.file(DOCUMENT_PART)!.asText();
  if (!/<w:document\b[^>]*\bxmlns:r=/.test(xml)) {
    xml = xml.replace(/<w:document\b/, '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  // Every section shows the mark: its own header references give way to the draft's (the draft is the news).
  xml = xml.replace(/<w:sectPr\b([^>]*?)(\/?)>/g, (_m, attrs: string, selfClosing: string) =>
    (selfClosing ? `<w:sectPr${attrs}>${references}</w:sectPr>` : `<w:sectPr${attrs}>${references}`));
  xml = xml.replace(/<w:headerReference\b[^>]*\/>/g, (ref) => (ref.includes(`r:id="${id}"`) ? ref : ''));
  xml = xml.replace(/<w:body>/, `<w:body>${noticeParagraphs(gaps)}`);
  zip.file(DOCUMENT_PART, xml);
}
