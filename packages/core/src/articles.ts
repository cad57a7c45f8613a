import { words } from './i18n/core-messages.js';
import type { Locale } from './types.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals as articles are numbered: 20 → 二十, 14 → 十四, 36 → 三十六. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** "第二十条" (zh-CN) or "art. 20" (en): each locale's catalogue says how it numbers articles. */
export function articleLabel(article: number, locale?: Locale): string {
  return words(locale).article({ n: article, numeral: chineseNumeral(article) });
}
