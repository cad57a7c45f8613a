import { readText } from '../read.js';
import type { Rule } from './types.js';

/** 第十七条: a project that failed the pre-review (预审) gets no budget from 市财政局. */
export const art17Budget: Rule = {
  id: 'art17-budget',
  article: 17,
  reads: ['/reviewOpinion/kind', '/reviewOpinion/conclusion'],
  check({ reviewOpinion: r }, ctx) {
    if (readText(r, 'kind') !== 'pre-review' || readText(r, 'conclusion') !== 'fail') return [];
    return [ctx.finding('art17.pre-review-failed', 'info', { path: '/reviewOpinion/conclusion' })];
  },
};
