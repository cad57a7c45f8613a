import { expect, test } from 'vitest';
import { articleLabel, chineseNumeral } from './articles.js';

test('articles are labelled as the regulation numbers them', () => {
  expect(['6', '10', '14', '20', '23', '36'].map((n) => chineseNumeral(Number(n)))).toEqual(['六', '十', '十四', '二十', '二十三', '三十六']);
  expect(articleLabel(20)).toBe('第二十条');
  expect(articleLabel(20, 'en')).toBe('art. 20');
});
