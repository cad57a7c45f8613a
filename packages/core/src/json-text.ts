/**
 * Where JSON.parse failed in a text a person wrote (a dossier file, an import), as a line and
 * column to point at, read from the engine's message ("at position 12", "line 2 column 5",
 * "Unexpected end of JSON input"); undefined when the message says nothing of it.
 */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  let offset: number | undefined;
  const pos = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (pos) offset = Number(pos[1]);
  else if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  else if (/Unexpected end of JSON input/.test(message)) offset = text.length;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
