import { readZipDirectory } from '@govforms/core';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText } from './messages.js';
import { readInputFile, readJsonFile } from './read-json.js';

/** A department's own Word template (`--template`) and its tag names (`--mapping`), as docx's renderDocument takes them. */
export interface DepartmentTemplate {
  template: Uint8Array;
  mapping?: Record<string, string>;
}

/**
 * Reads `--template dept.docx [--mapping map.json]`. A file that is not a Word document (an
 * .xlsx is a zip too) is refused here, in words a department understands, rather than by
 * docxtemplater. The mapping's shape and JSONPaths are docx's to check.
 */
export async function readDepartmentTemplate(io: CliIO, templatePath: string, mappingPath: string | undefined): Promise<DepartmentTemplate> {
  const template = await readInputFile(io, templatePath);
  const zip = readZipDirectory(template);
  if (typeof zip === 'string' || !zip.entries.some((e) => e.name === 'word/document.xml')) {
    throw new CliFailure(cliText().templateNotDocx({ path: templatePath }), EXIT.invalid, 'template-unreadable');
  }
  if (mappingPath === undefined) return { template };
  return { template, mapping: (await readJsonFile(io, mappingPath)) as Record<string, string> };
}
