import { expect, test } from 'vitest';
import { jsonErrorPosition } from './json-text.js';

const positionOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonErrorPosition(text, e);
  }
  throw new Error('parsed');
};

test('a syntax error is placed by line and column, whatever way the engine says it', () => {
  expect(positionOf('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3 });
  expect(positionOf('{"a": 1')).toEqual({ line: 1, column: 8 });
  expect(jsonErrorPosition('{}', new SyntaxError('Unexpected token } in JSON at line 2 column 5'))).toEqual({ line: 2, column: 5 });
  expect(jsonErrorPosition('{}', new SyntaxError('something else'))).toBeUndefined();
});
