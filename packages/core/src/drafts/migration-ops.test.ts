import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GovformsError } from '../errors.js';
import { messagesFor } from './messages.js';
import { parseMigration } from './migration-file.js';
import { applyOperation } from './migration-ops.js';

const m = messagesFor('zh-CN');
const FILE = 'forms/x/migrations/1.0.0-to-2.0.0.json';

/** Runs the operations of a migration file (as it would be written) on a copy of the data. */
function run(operations: unknown[], data: unknown) {
  const migration = parseMigration(FILE, { from: '1.0.0', to: '2.0.0', description: '测试', operations }, m);
  const doc = structuredClone(data);
  const unresolved = migration.operations.flatMap((op) => applyOperation(doc, op, m));
  return { doc, unresolved };
}

function refusal(operations: unknown[], file = FILE, from = '1.0.0'): string {
  try {
    parseMigration(file, { from, to: '2.0.0', description: '测试', operations }, m);
  } catch (e) {
    if (e instanceof GovformsError && e.code === 'invalid-migration') return e.message;
    throw e;
  }
  throw new Error('expected the migration to be refused');
}

describe('move', () => {
  test('renames a field', () => {
    expect(run([{ op: 'move', from: '/contact', to: '/contactPerson' }], { contact: '张三', a: 1 }).doc).toEqual({ a: 1, contactPerson: '张三' });
  });

  test('relocates into a group it creates, and carries array indices through "*"', () => {
    const { doc } = run([{ op: 'move', from: '/items/*/cost', to: '/items/*/money/amount' }], { items: [{ cost: 1 }, {}, { cost: 3 }] });
    expect(doc).toEqual({ items: [{ money: { amount: 1 } }, {}, { money: { amount: 3 } }] });
  });

  test('leaves the value in place and reports it when the target already holds one', () => {
    const { doc, unresolved } = run([{ op: 'move', from: '/old', to: '/new' }], { old: '旧内容', new: '新内容' });
    expect(doc).toEqual({ old: '旧内容', new: '新内容' });
    expect(unresolved).toEqual([{ path: '/old', message: expect.stringMatching(/“\/old”的内容未移到“\/new”：目标位置已有内容/) }]);
  });

  test('leaves the value in place when the target\'s parent is text', () => {
    const { doc, unresolved } = run([{ op: 'move', from: '/a', to: '/b/c' }], { a: 1, b: 'text' });
    expect(doc).toEqual({ a: 1, b: 'text' });
    expect(unresolved[0]?.message).toMatch(/无法写入“\/b\/c”/);
  });

  test('reads own properties only: an inherited name is not a value', () => {
    expect(run([{ op: 'move', from: '/toString', to: '/x' }], {}).doc).toEqual({});
  });
});

describe('set-default, wrap, rename-option', () => {
  test('set-default adds a value only where none is present, in every array item', () => {
    const { doc } = run([{ op: 'set-default', path: '/items/*/currency', value: 'CNY' }], { items: [{ currency: 'USD' }, {}] });
    expect(doc).toEqual({ items: [{ currency: 'USD' }, { currency: 'CNY' }] });
  });

  test('wrap turns text into a group holding it, and leaves a group alone', () => {
    expect(run([{ op: 'wrap', path: '/p', key: 'name' }], { p: '某公司' }).doc).toEqual({ p: { name: '某公司' } });
    expect(run([{ op: 'wrap', path: '/p', key: 'name' }], { p: { name: '某公司' } }).doc).toEqual({ p: { name: '某公司' } });
    expect(run([{ op: 'wrap', path: '/p', key: 'name' }], {}).doc).toEqual({});
  });

  test('rename-option maps old option values to new ones and leaves others', () => {
    const ops = [{ op: 'rename-option', path: '/kinds/*', map: { cloud: 'gov-cloud' } }];
    expect(run(ops, { kinds: ['cloud', 'local', 'cloud'] }).doc).toEqual({ kinds: ['gov-cloud', 'local', 'gov-cloud'] });
    // A map is data, not an object whose prototype answers: "toString" is no option.
    expect(run([{ op: 'rename-option', path: '/k', map: {} }], { k: 'toString' }).doc).toEqual({ k: 'toString' });
  });
});

test('moves and wraps never lose a value the user typed (property)', () => {
  const key = fc.constantFrom('a', 'b', 'c');
  const pointer = fc.array(key, { minLength: 1, maxLength: 3 }).map((segs) => `/${segs.join('/')}`);
  const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean());
  const doc = fc.dictionary(key, fc.oneof(leaf, fc.dictionary(key, fc.oneof(leaf, fc.dictionary(key, leaf)))));
  const op = fc.oneof(
    fc.record({ op: fc.constant('wrap'), path: pointer, key }),
    fc.tuple(pointer, pointer)
      .filter(([a, b]) => !`${a}/`.startsWith(`${b}/`) && !`${b}/`.startsWith(`${a}/`))
      .map(([from, to]) => ({ op: 'move', from, to })),
  );
  const leaves = (v: unknown): unknown[] => (typeof v === 'object' && v !== null ? Object.values(v).flatMap(leaves) : [v]);
  const sorted = (v: unknown[]) => v.map((x) => JSON.stringify(x)).sort();
  fc.assert(fc.property(doc, fc.array(op, { maxLength: 6 }), (data, ops) => {
    expect(sorted(leaves(run(ops, data).doc))).toEqual(sorted(leaves(data)));
  }));
});

describe('a malformed migration file is refused as a whole, naming the file', () => {
  test.each([
    ['a prototype segment', [{ op: 'move', from: '/__proto__/x', to: '/y' }], /路径“\/__proto__\/x”无效/],
    ['a constructor segment', [{ op: 'set-default', path: '/a/constructor', value: 1 }], /constructor/],
    ['a relative pointer', [{ op: 'wrap', path: 'a', key: 'name' }], /路径“a”无效/],
    ['an operation that drops data', [{ op: 'remove', path: '/a' }], /未知的操作 "remove"/],
    ['a misspelt field', [{ op: 'set-default', path: '/a', vaule: 1 }], /不认识的字段：vaule/],
    ['uneven wildcards', [{ op: 'move', from: '/items/*/a', to: '/b' }], /“\*”的个数应相同/],
    ['a move into itself', [{ op: 'move', from: '/a', to: '/a/name' }], /wrap/],
    ['a wildcard at the end', [{ op: 'move', from: '/a/*', to: '/b/*' }], /不能以“\*”结尾/],
    ['a prototype key for wrap', [{ op: 'wrap', path: '/a', key: '__proto__' }], /key 应为非空文本/],
    ['a map with non-text values', [{ op: 'rename-option', path: '/a', map: { x: 1 } }], /map/],
  ])('%s', (_, ops, problem) => {
    const message = refusal(ops);
    expect(message).toContain(`迁移文件 ${FILE} 无效：第 1 个操作：`);
    expect(message).toMatch(problem);
  });

  test('a file name that does not match its versions, and versions going backwards', () => {
    expect(refusal([], 'forms/x/migrations/1.0.0-to-3.0.0.json')).toMatch(/文件名应为 1\.0\.0-to-2\.0\.0\.json/);
    expect(refusal([], FILE, '2.1.0')).toMatch(/to 应比 from 更新/);
  });
});
