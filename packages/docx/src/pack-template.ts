/**
 * Template sources (readable, commented, indented XML) → a .docx package. Comments and the
 * indentation between tags are dropped; text inside <w:t> never holds a newline in our
 * sources, so whitespace that Word would show is kept.
 */
import PizZip from 'pizzip';
import { templateSourceFiles } from './template-sources.js';

const COMMENT = /<!--[\s\S]*?-->/g;
const INDENTATION = />\s*\n\s*</g;

export function compactXml(source: string): string {
  return source.replace(COMMENT, '').replace(INDENTATION, '><').trim();
}

type CompactFiles = [path: string, xml: string][];

const compact = (files: Record<string, string>): CompactFiles => Object.entries(files).map(([path, text]) => [path, compactXml(text)]);

/** A zip holding the template files, ready for docxtemplater (no compression round trip). */
function zipOf(files: CompactFiles): PizZip {
  const zip = new PizZip();
  for (const [path, xml] of files) zip.file(path, xml);
  return zip;
}

const builtIn = new Map<string, CompactFiles>();

/**
 * A fresh zip of a built-in template for each render (docxtemplater writes its output into
 * the zip it was given); the sources are compacted once per template.
 */
export function builtInTemplateZip(folder: string): PizZip {
  let files = builtIn.get(folder);
  if (!files) builtIn.set(folder, (files = compact(templateSourceFiles(folder))));
  return zipOf(files);
}

/** The template files packed as a .docx (a department can start its own template from it). */
export function packTemplate(files: Record<string, string>): Uint8Array {
  return zipOf(compact(files)).generate({ type: 'uint8array', compression: 'DEFLATE' });
}
