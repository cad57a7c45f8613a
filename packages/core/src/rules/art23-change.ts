import { isWithinPercent } from '../money.js';
import { readBool, readFen, readText, section } from '../read.js';
import type { Rule } from './types.js';

/** 500 万元: an adjustment up to (不超过, inclusive) this may be filed for the record. */
export const ADJUSTMENT_LIMIT_FEN = 5_000_000_00;
/** …or up to 10 % of the contract amount (inclusive). */
export const ADJUSTMENT_LIMIT_PERCENT = 10;
const FILEABLE_REASONS = ['mandate', 'optimization', 'business-need'];

/** The art. 23 reasoning on a change, as the rule decides it and the filing document shows it. */
export interface ChangeAssessment {
  contractFen: number;
  adjustmentFen: number;
  /** Contract plus adjustment: the investment after the change. */
  totalFen: number;
  bidControlPriceFen?: number;
  /** Within (未超出, inclusive) the bid control price: the fact when the price is known, else the applicant's box. */
  withinBid?: boolean;
  /** Whether `withinBid` was computed from the bid control price (true) or taken from the box. */
  withinBidKnown: boolean;
  /** At most 5,000,000 yuan or at most 10 % of the contract amount. */
  withinLimit: boolean;
  /** One of the three reasons that may be filed (上级要求、技术方案优化、业务需求变化). */
  reasonFileable?: boolean;
  /** "filing" (备案), "reapply" (重新申报), or undefined while facts are missing. */
  outcome?: 'filing' | 'reapply';
}

/** The art. 23 facts of a change section; undefined without contract and adjustment amounts. */
export function changeAssessment(value: unknown): ChangeAssessment | undefined {
  const change = section(value);
  const adjustmentFen = readFen(change, 'adjustmentAmount');
  const contractFen = readFen(change, 'contractAmount');
  if (adjustmentFen === undefined || contractFen === undefined) return undefined;
  const bidControlPriceFen = readFen(change, 'bidControlPrice');
  const totalFen = contractFen + adjustmentFen;
  const withinBidKnown = bidControlPriceFen !== undefined;
  const withinBid = withinBidKnown ? totalFen <= bidControlPriceFen : readBool(change, 'withinBidControlPrice');
  const withinLimit = adjustmentFen <= ADJUSTMENT_LIMIT_FEN || isWithinPercent(adjustmentFen, contractFen, ADJUSTMENT_LIMIT_PERCENT);
  const reason = readText(change, 'reason');
  const reasonFileable = reason === undefined ? undefined : FILEABLE_REASONS.includes(reason);
  const decided = withinBid !== undefined && reasonFileable !== undefined;
  const outcome = !decided ? undefined : withinBid && withinLimit && reasonFileable ? 'filing' : 'reapply';
  return {
    contractFen, adjustmentFen, totalFen, withinBidKnown, withinLimit,
    ...(bidControlPriceFen !== undefined ? { bidControlPriceFen } : {}),
    ...(withinBid !== undefined ? { withinBid } : {}),
    ...(reasonFileable !== undefined ? { reasonFileable } : {}),
    ...(outcome ? { outcome } : {}),
  };
}

/**
 * 第二十三条: within the bid control price, an adjustment of at most 5,000,000 yuan or at most
 * 10 % of the contract, for one of three reasons, is filed for the record; anything else re-applies.
 * "Within the bid control price" (未超出, inclusive) is a fact when the price is known: contract
 * plus adjustment against it, whatever the checkbox says; the checkbox counts only without it.
 */
export const art23Change: Rule = {
  id: 'art23-change',
  article: 23,
  reads: ['adjustmentAmount', 'contractAmount', 'bidControlPrice', 'withinBidControlPrice', 'reason'].map((k) => `/change/${k}`),
  check({ change }, ctx) {
    const a = changeAssessment(change);
    if (!a?.outcome) return [];
    const { contractFen: contract, adjustmentFen: adjustment, bidControlPriceFen: bid } = a;
    if (a.outcome === 'filing') {
      return [ctx.finding('art23.filing-allowed', 'info', { path: '/change/adjustmentAmount', params: { adjustment: ctx.yuan(adjustment) } })];
    }
    const words = ctx.words.reapply;
    const reasons: string[] = [];
    let path = bid !== undefined ? '/change/bidControlPrice' : '/change/withinBidControlPrice';
    if (!a.withinBid) {
      reasons.push(bid === undefined ? words.overBidPrice()
        : words.overBidPriceBy({ total: ctx.yuan(a.totalFen), contract: ctx.yuan(contract), adjustment: ctx.yuan(adjustment), bid: ctx.yuan(bid) }));
    }
    if (!a.withinLimit) {
      if (!reasons.length) path = '/change/adjustmentAmount';
      reasons.push(words.tooLarge({ adjustment: ctx.yuan(adjustment), contract: ctx.yuan(contract) }));
    }
    if (!a.reasonFileable) {
      if (!reasons.length) path = '/change/reason';
      reasons.push(words.reason());
    }
    return [ctx.finding('art23.reapply', 'error', {
      path, requires: ['application-form', 'construction-plan'],
      params: { reasons: ctx.list(reasons) },
    })];
  },
};
