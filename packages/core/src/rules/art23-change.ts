import { isWithinPercent } from '../money.js';
import { readBool, readFen, readText } from '../read.js';
import type { Rule } from './types.js';

/** 500 万元: an adjustment up to (不超过, inclusive) this may be filed for the record. */
export const ADJUSTMENT_LIMIT_FEN = 5_000_000_00;
/** …or up to 10 % of the contract amount (inclusive). */
export const ADJUSTMENT_LIMIT_PERCENT = 10;
const FILEABLE_REASONS = ['mandate', 'optimization', 'business-need'];

/**
 * 第二十三条: within the bid control price, an adjustment of at most 5,000,000 yuan or at most
 * 10 % of the contract, for one of three reasons, is filed for the record; anything else re-applies.
 * "Within the bid control price" (未超出, inclusive) is a fact when the price is known: contract
 * plus adjustment against it, whatever the checkbox says; the checkbox counts only without it.
 */
export const art23Change: Rule = {
  id: 'art23-change',
  article: 23,
  check({ change }, ctx) {
    const adjustment = readFen(change, 'adjustmentAmount');
    const contract = readFen(change, 'contractAmount');
    const bid = readFen(change, 'bidControlPrice');
    const reason = readText(change, 'reason');
    if (adjustment === undefined || contract === undefined) return [];
    const withinBid = bid !== undefined ? contract + adjustment <= bid : readBool(change, 'withinBidControlPrice');
    if (withinBid === undefined || reason === undefined) return [];
    const words = ctx.words.reapply;
    const reasons: string[] = [];
    let path = bid !== undefined ? '/change/bidControlPrice' : '/change/withinBidControlPrice';
    if (!withinBid) {
      reasons.push(bid === undefined ? words.overBidPrice()
        : words.overBidPriceBy({ total: ctx.yuan(contract + adjustment), contract: ctx.yuan(contract), adjustment: ctx.yuan(adjustment), bid: ctx.yuan(bid) }));
    }
    if (adjustment > ADJUSTMENT_LIMIT_FEN && !isWithinPercent(adjustment, contract, ADJUSTMENT_LIMIT_PERCENT)) {
      if (!reasons.length) path = '/change/adjustmentAmount';
      reasons.push(words.tooLarge({ adjustment: ctx.yuan(adjustment), contract: ctx.yuan(contract) }));
    }
    if (!FILEABLE_REASONS.includes(reason)) {
      if (!reasons.length) path = '/change/reason';
      reasons.push(words.reason());
    }
    if (reasons.length === 0) {
      return [ctx.finding('art23.filing-allowed', 'info', { path: '/change/adjustmentAmount', params: { adjustment: ctx.yuan(adjustment) } })];
    }
    return [ctx.finding('art23.reapply', 'error', {
      path, requires: ['application-form', 'construction-plan'],
      params: { reasons: ctx.list(reasons) },
    })];
  },
};
