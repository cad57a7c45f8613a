import type { Dossier } from '@govforms/core';

/** Something `govforms generate <id>` can produce from a dossier. */
export interface Generator {
  /** The CLI's target id: a document template id or 'budget-xlsx'. */
  id: string;
  extension: '.docx' | '.xlsx';
  /** zh-CN name, e.g. 预算明细表（Excel）. */
  title: string;
  generate(dossier: Dossier): Promise<Uint8Array>;
}

/** Every generator, in the order `batch` produces them. Each package adds its own entries. */
export const generators: Generator[] = [];

export function findGenerator(id: string): Generator | undefined {
  return generators.find((g) => g.id === id);
}
