/**
 * Moving between budget cells like a spreadsheet: which cell a key leads to. Pure: the table
 * (use-budget-grid.ts) reads the key and the caret, this says where to go.
 */

export interface CellAt { row: number; column: number }

export interface MoveContext {
  key: string;
  shift: boolean;
  rowCount: number;
  columnCount: number;
  /** The caret is at the start / end of the cell's text (or the cell is a choice). */
  atStart: boolean;
  atEnd: boolean;
  /** The caret is on the first / last line of the cell's text. */
  onFirstLine: boolean;
  onLastLine: boolean;
}

/**
 * The cell a key moves to, or undefined to leave the key to the browser: arrows (left/right
 * only at the edge of the text, up/down only from the first/last line), Enter (down, Shift:
 * up) and Tab (next cell, wrapping to the next row; Shift: back). Tab past the last cell
 * leaves the table as usual.
 */
export function moveFrom(at: CellAt, c: MoveContext): CellAt | undefined {
  const { row, column } = at;
  const inRange = (r: number, col: number) => (r >= 0 && r < c.rowCount && col >= 0 && col < c.columnCount ? { row: r, column: col } : undefined);
  switch (c.key) {
    case 'ArrowUp': return c.onFirstLine ? inRange(row - 1, column) : undefined;
    case 'ArrowDown': return c.onLastLine ? inRange(row + 1, column) : undefined;
    case 'ArrowLeft': return c.atStart ? inRange(row, column - 1) : undefined;
    case 'ArrowRight': return c.atEnd ? inRange(row, column + 1) : undefined;
    case 'Enter': return c.shift ? undefined : inRange(row + 1, column);
    case 'Tab': {
      const flat = row * c.columnCount + column + (c.shift ? -1 : 1);
      return inRange(Math.floor(flat / c.columnCount), ((flat % c.columnCount) + c.columnCount) % c.columnCount);
    }
    default: return undefined;
  }
}
