/** Progress on a terminal: one line redrawn in place (`\r`), a bar and the command's own words. */
export function progressBar(done: number, total: number, words: string): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${words}`;
}

/** Prints a line above the progress bar (clearing the bar's line first). */
export const aboveProgress = (line: string) => `\r\x1b[2K${line}\n`;
