/**
 * Test support: a form's sample.json and fast-check mutations of it (fields set to boundary,
 * wrong-typed or badly formatted values, deleted, added, list items duplicated), so two
 * validators can be compared on data near the valid sample, valid and invalid. Also the error
 * normalisation two validators of one form are compared by.
 */
import type { ErrorObject } from 'ajv';
import fc from 'fast-check';

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

interface Mutation { op: 'set' | 'delete' | 'add' | 'duplicate'; at: Path; key: string; value: unknown }

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (isContainer(value)) return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

/** Every const, enum value and property name a schema mentions: values that reach its branches. */
function schemaWords(schema: unknown, consts = new Set<unknown>(), names = new Set<string>()) {
  if (Array.isArray(schema)) schema.forEach((s) => schemaWords(s, consts, names));
  else if (isContainer(schema)) {
    const s = schema as Record<string, unknown>;
    if ('const' in s) consts.add(s.const);
    if (Array.isArray(s.enum)) s.enum.forEach((v) => consts.add(v));
    if (isContainer(s.properties)) Object.keys(s.properties).forEach((k) => names.add(k));
    for (const [k, v] of Object.entries(s)) if (k !== 'const' && k !== 'enum') schemaWords(v, consts, names);
  }
  return { consts: [...consts], names: [...names] };
}

const astral = '𠮷'; // one code point, two UTF-16 units: minLength/maxLength count code points

/** Values at or across the forms' boundaries and formats. */
export const boundaryValues: unknown[] = [
  null, true, false, 0, -0, 1, -1, 0.5, 0.01, -0.01, 0.001, 1.005, 1234.56, 1234.567, 2.5, 1e12, 1e12 + 0.01, 1e21, 1999, 2000, 2019,
  2020, 2100, 2101, 100, 100.01, 3, 0.29, '', ' ', 'x', '0', 'x'.repeat(200), 'x'.repeat(201), astral.repeat(200), astral.repeat(201),
  'x'.repeat(2001), '2024-02-29', '2023-02-29', '2024-04-31', '2024-13-01', '2024-1-01', '2024-09-30', '2024-09-30T00:00:00Z',
  'a@b.cn', 'a@b', '@b.cn', 'zhang.san@suqian.gov.cn', '13812345678', '0527-84367890', '0527-84367890-123', '12345',
  '11321300014100563D', '11321300014100563E', '91321302MA1W8K6Q3M', '91321302ma1w8k6q3m', '91321302MA1W8K6Q3', [], [''], {}, { x: 1 },
];

export interface MutationPools { consts: unknown[]; names: string[] }

export function mutationPools(schema: unknown): MutationPools {
  return schemaWords(schema);
}

function mutationArbitrary(sample: unknown, pools: MutationPools): fc.Arbitrary<Mutation> {
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...boundaryValues, ...pools.consts) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
  const key = fc.oneof(fc.constantFrom(...pools.names), fc.string({ maxLength: 4 }));
  return fc.record({
    op: fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'duplicate') as fc.Arbitrary<Mutation['op']>,
    at: fc.constantFrom(...pathsOf(sample)),
    key,
    value,
  });
}

function nodeAt(root: unknown, at: Path): unknown {
  let node = root;
  for (const seg of at) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** Applies a mutation in place where its path still exists (earlier ones may have removed it). */
function apply(root: { data: unknown }, m: Mutation): void {
  if (m.at.length === 0) {
    if (m.op === 'set') root.data = m.value;
    return;
  }
  const parent = nodeAt(root.data, m.at.slice(0, -1));
  const last = m.at[m.at.length - 1]!;
  if (!isContainer(parent) || !(last in parent)) return;
  const target = (parent as Record<string | number, unknown>)[last];
  if (m.op === 'set') (parent as Record<string | number, unknown>)[last] = structuredClone(m.value);
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[String(last)];
  } else if (m.op === 'add' && isContainer(target) && !Array.isArray(target)) target[m.key] = structuredClone(m.value);
  else if (m.op === 'duplicate' && Array.isArray(target)) target.push(structuredClone(target[0] ?? m.value));
}

/** The sample, or a copy of it with one to four mutations. */
export function mutatedSample(sample: unknown, schema: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutationArbitrary(sample, mutationPools(schema)), { maxLength: 4 }).map((mutations) => {
    const root = { data: structuredClone(sample) };
    for (const m of mutations) apply(root, m);
    return root.data;
  });
}

/**
 * Errors as two validators of one form must agree on them: in order, by instance path, schema
 * path, keyword and params, where a oneOf of consts counts as the enum it compiles to (its
 * per-branch failures dropped, as the localizer drops them; its params not compared).
 */
export function comparableErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  const list = errors ?? [];
  const oneOfs = list.filter((e) => e.keyword === 'oneOf').map((e) => `${e.instancePath}|${e.schemaPath}/`);
  return list
    .filter((e) => !oneOfs.some((p) => `${e.instancePath}|${e.schemaPath}`.startsWith(p)))
    .map((e) => {
      const choice = e.keyword === 'oneOf' || e.keyword === 'enum';
      const schemaPath = choice ? e.schemaPath.replace(/\/oneOf$/, '/enum') : e.schemaPath;
      return `${e.instancePath} ${schemaPath} ${choice ? 'enum' : e.keyword} ${choice ? '' : JSON.stringify(e.params)}`;
    });
}
