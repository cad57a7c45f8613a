import { notFilled, textOfValue } from './dossier-view.js';

/**
 * Long text as one Word paragraph per line the applicant typed (each indented two
 * characters like body text); blank lines separate nothing and are dropped.
 */
export function paragraphsOf(value: unknown): string[] {
  const lines = textOfValue(value).split('\n').filter((line) => line.trim() !== '');
  return lines.length ? lines : [notFilled];
}
