/**
 * Template sources (readable, commented, indented XML) → a .docx package. Comments and the
 * indentation between tags are dropped; text inside <w:t> never holds a newline in our
 * sources, so whitespace that Word would show is kept.
 */
import PizZip from 'pizzip';

const COMMENT = /<!--[\s\S]*?-->/g;
const INDENTATION = />\s*\n\s*</g;

export function compactXml(source: string): string {
  return source.replace(COMMENT, '').replace(INDENTATION, '><').trim();
}

/** A zip holding the template files, ready for docxtemplater (no compression round trip). */
export function templateZip(files: Record<string, string>): PizZip {
  const zip = new PizZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, compactXml(text));
  return zip;
}

/** The template files packed as a .docx (a department can start its own template from it). */
export function packTemplate(files: Record<string, string>): Uint8Array {
  return templateZip(files).generate({ type: 'uint8array', compression: 'DEFLATE' });
}
