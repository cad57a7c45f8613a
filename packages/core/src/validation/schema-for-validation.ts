/**
 * The copy of a form schema that validators are compiled from. It accepts exactly the same
 * data as the original and fails on the same instance paths, but compiles to much less code:
 *
 * - A `oneOf` whose every branch is only a `const` (plus annotations) with distinct values is
 *   an `enum`. Ajv compiles such a `oneOf` branch by branch (22 document kinds in several
 *   arrays); an `enum` of strings is one comparison chain. Failures then say keyword `enum`
 *   instead of `oneOf`; the error localizer treats the two alike.
 * - Annotations (title, description, $comment, examples, default) never change validity, but
 *   Ajv copies the whole root schema into standalone code as a literal whenever a keyword
 *   refers to its own value (`enum` does, for `params.allowedValues`), so they would ship twice.
 *
 * Labels and option titles are read from the original schema, never from this copy.
 * Pure and dependency-free: portals' forms go through it at run time too.
 */

type SchemaNode = Record<string, unknown>;

const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default']);

/** Keywords whose value is one subschema. */
const ONE_SCHEMA = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'if', 'then', 'else', 'not'];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf'];
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAP = ['properties', 'patternProperties', 'definitions', '$defs'];

function isNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Primitive = string | number | boolean | null;

function isPrimitive(v: unknown): v is Primitive {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

/**
 * The consts of a oneOf whose branches are `{ const, ...annotations }` only, when they are
 * primitives and pairwise distinct (a value equal to two branches fails oneOf but would pass
 * an enum). Undefined when the oneOf is anything else.
 */
function constOptions(oneOf: unknown): Primitive[] | undefined {
  if (!Array.isArray(oneOf) || oneOf.length === 0) return undefined;
  const values: Primitive[] = [];
  for (const branch of oneOf) {
    if (!isNode(branch) || !Object.hasOwn(branch, 'const')) return undefined;
    if (Object.keys(branch).some((k) => k !== 'const' && !ANNOTATIONS.has(k))) return undefined;
    // JSON has one zero, and `0 === -0`, so a Set (SameValueZero) sees duplicates as Ajv does.
    if (!isPrimitive(branch.const)) return undefined;
    values.push(branch.const);
  }
  return new Set(values).size === values.length ? values : undefined;
}

function mapValues(o: SchemaNode, f: (v: unknown) => unknown): SchemaNode {
  const out: SchemaNode = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v);
  return out;
}

function transform(schema: unknown): unknown {
  if (!isNode(schema)) return schema; // booleans (true/false schemas) and anything malformed stay
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (ONE_SCHEMA.includes(key)) out[key] = transform(value);
    else if (SCHEMA_LIST.includes(key)) out[key] = Array.isArray(value) ? value.map(transform) : value;
    else if (SCHEMA_MAP.includes(key)) out[key] = isNode(value) ? mapValues(value, transform) : value;
    else if (key === 'items') out[key] = Array.isArray(value) ? value.map(transform) : transform(value);
    // dependencies: a list of property names, or a subschema
    else if (key === 'dependencies') out[key] = isNode(value) ? mapValues(value, (d) => (Array.isArray(d) ? d : transform(d))) : value;
    else out[key] = value; // const, enum, required, …: data, copied as is (never rewritten)
  }
  const options = Object.hasOwn(out, 'enum') ? undefined : constOptions(schema.oneOf);
  if (options) {
    delete out.oneOf;
    out.enum = options;
  }
  return out;
}

/** The compile-ready copy of `schema` (document kinds already injected by the caller). */
export function schemaForValidation<T>(schema: T): T {
  return transform(schema) as T;
}
