import { fenToYuan, lineProductFen, yuanToFen } from '@govforms/core';

type Item = Record<string, unknown>;

/**
 * A line item after an edit, with 金额 following 数量 × 单价 (core's lineProductFen, exact
 * to the fen, half up): once both are given, an empty amount, or one that equalled the
 * product before the edit, becomes the new product. An amount the person typed that differs
 * (or text in the amount cell that is not a number yet: `amountHasDraft`) is theirs and
 * stays; the table then shows the difference with a button to take the product.
 */
export function withAmountFollowing(before: Item | undefined, after: Item, amountHasDraft: boolean): Item {
  if (amountHasDraft) return after;
  const productFen = lineProductFen(after.quantity, after.unitPrice);
  if (productFen === undefined) return after;
  const follows = after.amount === undefined
    || (before !== undefined && after.amount === before.amount && yuanToFen(before.amount) === lineProductFen(before.quantity, before.unitPrice));
  return follows ? { ...after, amount: fenToYuan(productFen) } : after;
}
