/** The dossier is kept in this browser's localStorage so a reload loses nothing. */
import { sampleDossier, type Dossier } from '@govforms/core';

export const STORAGE_KEY = 'govforms.playground.dossier.v1';

export function loadDossier(): Dossier {
  try {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (text) {
      const d = JSON.parse(text) as unknown;
      if (d && typeof d === 'object' && !Array.isArray(d)) return d as Dossier;
    }
  } catch {
    // Unreadable storage (private mode, a broken entry): start from the sample.
  }
  return sampleDossier();
}

export function saveDossier(d: Dossier): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(d));
  } catch {
    // Storage full or blocked: the page still works, the export button still saves a file.
  }
}
