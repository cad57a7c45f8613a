import { describe, expect, it } from 'vitest';
import { withAmountFollowing } from './amount-follows.js';

describe('金额 follows 数量 × 单价', () => {
  it('fills an empty amount once both are given: 3 × 12,345.67 = 37,037.01', () => {
    expect(withAmountFollowing({ quantity: 3 }, { quantity: 3, unitPrice: 12345.67 }, false).amount).toBe(37037.01);
    expect(withAmountFollowing({}, { quantity: 3 }, false)).toEqual({ quantity: 3 });
  });

  it('rounds half up to the fen: 1.5 × 0.33 = 0.495 → 0.50', () => {
    expect(withAmountFollowing(undefined, { quantity: 1.5, unitPrice: 0.33 }, false).amount).toBe(0.5);
  });

  it('a computed amount follows later changes of quantity or price', () => {
    const before = { quantity: 3, unitPrice: 10, amount: 30 };
    expect(withAmountFollowing(before, { ...before, quantity: 4 }, false).amount).toBe(40);
  });

  it('an amount typed to differ from the product stays, also when the quantity changes', () => {
    const before = { quantity: 3, unitPrice: 10, amount: 35 };
    expect(withAmountFollowing(before, { ...before, quantity: 4 }, false).amount).toBe(35);
    expect(withAmountFollowing({ quantity: 3, unitPrice: 10, amount: 30 }, { quantity: 3, unitPrice: 10, amount: 31 }, false).amount).toBe(31);
  });

  it('text being typed in the amount cell is left alone', () => {
    expect(withAmountFollowing({ quantity: 3 }, { quantity: 3, unitPrice: 10 }, true)).toEqual({ quantity: 3, unitPrice: 10 });
  });
});
