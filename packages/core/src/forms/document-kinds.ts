/** The shared document-kind list as the forms reference it: {"$ref": "#/definitions/documentKind"}. Pure: the build uses it too. */
import type { JsonSchema } from '../types.js';

export interface DocumentKindEntry { const: string; title: string }

/** The schema with `definitions.documentKind` = a oneOf of the kinds (their zh-CN titles as labels). */
export function withDocumentKinds(schema: JsonSchema, kinds: readonly DocumentKindEntry[]): JsonSchema {
  const documentKind = { oneOf: kinds.map(({ const: c, title }) => ({ const: c, title })) };
  const definitions = typeof schema.definitions === 'object' && schema.definitions !== null ? schema.definitions : {};
  return { ...schema, definitions: { ...definitions, documentKind } };
}
