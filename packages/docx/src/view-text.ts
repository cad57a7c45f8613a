/**
 * A group of fields in the dossier view can also be shown as one line of text (for a tag
 * such as {application.applicant}); the line is computed only when a template asks for it.
 */
export const AS_TEXT = Symbol('govforms.asText');

export type ViewObject = Record<string, unknown>;

export function withText<T extends object>(o: T, text: () => string): T {
  Object.defineProperty(o, AS_TEXT, { value: text, enumerable: false });
  return o;
}
