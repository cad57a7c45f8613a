/**
 * Provenance in a Word document: custom document properties (File › Properties › Custom in
 * Word and WPS, File › Properties in LibreOffice) on every document, built-in or a
 * department's, and the tags the built-in footers print ({provenance}, {dossierDigest}).
 */
import type { Provenance } from '@govforms/core/provenance';
import type PizZip from 'pizzip';
import { documentWords as w, sharedWords } from './messages.js';

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id Office uses for user-defined properties. */
const USER_DEFINED = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const PREFIX = 'govforms.';

export interface TemplateStamp { id: string; version: string }

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2026-11-29T11:02:03+08:00" → "2026-11-29 11:02". */
const shownTime = (madeAt: string) => madeAt.slice(0, 16).replace('T', ' ');

/**
 * The tags every template may print: the footer's three small lines (when, template and rules;
 * the versions of the forms the document uses; the digest). The properties name every form.
 */
export function provenanceTags(p: Provenance, template: TemplateStamp, uses: readonly string[]): Record<string, string> {
  const forms = p.forms.filter((f) => uses.includes(f.dossierKey)).map((f) => `${f.id} ${f.version}`).join(sharedWords.listSeparator());
  return {
    provenance: w.provenance({ madeAt: shownTime(p.madeAt), template: template.id, templateVersion: template.version, rules: p.rules }),
    formVersions: w.provenanceForms({ forms: forms || w.notFilled() }),
    dossierDigest: w.provenanceDigest({ digest: p.digest }),
  };
}

function properties(p: Provenance, template: TemplateStamp): [string, string][] {
  return [
    ['madeAt', p.madeAt],
    ['digest', p.digest],
    ['digestAlgorithm', 'SHA-256 (RFC 8785 JSON)'],
    ['rulesVersion', p.rules],
    ['template', `${template.id} ${template.version}`],
    ['forms', p.forms.map((f) => `${f.id} ${f.version}`).join(', ')],
  ];
}

const PROPERTY = /<property\b[^>]*\bname="([^"]*)"[^>]*>[\s\S]*?<\/property>/g;

/** docProps/custom.xml with our properties, keeping a department template's own (ours replaced). */
function customXml(existing: string | undefined, p: Provenance, template: TemplateStamp): string {
  const kept = existing ? [...existing.matchAll(PROPERTY)].filter((m) => !m[1]!.startsWith(PREFIX)).map((m) => m[0]) : [];
  const pids = kept.map((x) => Number(/\bpid="(\d+)"/.exec(x)?.[1] ?? 1));
  let pid = Math.max(1, ...pids);
  const ours = properties(p, template).map(([name, value]) =>
    `<property fmtid="${USER_DEFINED}" pid="${++pid}" name="${PREFIX}${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    + 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + [...kept, ...ours].join('') + '</Properties>';
}

const CORE_PART = 'docProps/core.xml';

/** Created and modified (what Word and WPS show as the document's dates) set to when it was made. */
function stampDates(zip: PizZip, madeAtUtc: string): void {
  let xml = zip.file(CORE_PART)?.asText();
  if (!xml || !xml.includes('xmlns:dcterms=') || !xml.includes('xmlns:xsi=')) return;
  for (const name of ['dcterms:created', 'dcterms:modified']) {
    const element = `<${name} xsi:type="dcterms:W3CDTF">${madeAtUtc}</${name}>`;
    const present = new RegExp(`<${name}\\b[^>]*>[^<]*</${name}>|<${name}\\b[^>]*/>`);
    xml = present.test(xml) ? xml.replace(present, element) : xml.replace('</cp:coreProperties>', `${element}</cp:coreProperties>`);
  }
  zip.file(CORE_PART, xml);
}

/**
 * Records the provenance as custom properties (adding the part to the package when it has
 * none) and as the document's created and modified dates.
 */
export function stampProperties(zip: PizZip, p: Provenance, template: TemplateStamp): void {
  stampDates(zip, p.madeAtUtc);
  const existing = zip.file(CUSTOM_PART)?.asText();
  zip.file(CUSTOM_PART, customXml(existing, p, template));
  if (existing !== undefined) return;
  const types = zip.file('[Content_Types].xml')?.asText();
  if (types && !types.includes('/docProps/custom.xml')) {
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = zip.file('_rels/.rels')?.asText();
  if (rels && !rels.includes(CUSTOM_REL)) {
    const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = 1;
    while (ids.has(`rIdGovforms${n}`)) n++;
    zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rIdGovforms${n}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`));
  }
}
