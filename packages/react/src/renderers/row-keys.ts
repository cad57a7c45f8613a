import { useRef } from 'react';

export interface RowKeys {
  keys: readonly number[];
  remove(index: number): void;
  move(from: number, to: number): void;
  insert(index: number): void;
}

/**
 * Stable React keys for the rows of a list whose items have no id, so a row's local state
 * (typed text, focus) moves with the row when rows are reordered or removed. Rows added or
 * dropped from outside get fresh keys at the end.
 */
export function useRowKeys(length: number): RowKeys {
  const state = useRef({ keys: [] as number[], next: 0 }).current;
  while (state.keys.length < length) state.keys.push(state.next++);
  if (state.keys.length > length) state.keys.length = length;
  return {
    keys: state.keys,
    remove(index) { state.keys.splice(index, 1); },
    move(from, to) {
      const [k] = state.keys.splice(from, 1);
      if (k !== undefined) state.keys.splice(to, 0, k);
    },
    insert(index) { state.keys.splice(index, 0, state.next++); },
  };
}
