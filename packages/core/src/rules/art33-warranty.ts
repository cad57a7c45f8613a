import { readNumber } from '../read.js';
import type { Rule } from './types.js';

/** Minimum warranty in years from acceptance (不少于三年, inclusive). */
export const MINIMUM_WARRANTY_YEARS = 3;

/** 第三十三条: at least three years of warranty from acceptance. */
export const art33Warranty: Rule = {
  id: 'art33-warranty',
  article: 33,
  reads: ['/completion/warrantyYears'],
  check({ completion }, ctx) {
    const years = readNumber(completion, 'warrantyYears');
    if (years === undefined || years >= MINIMUM_WARRANTY_YEARS) return [];
    return [ctx.finding('art33.warranty-too-short', 'error', { path: '/completion/warrantyYears', params: { years } })];
  },
};
