/**
 * Text as it goes into a cell. Every user string is written as a string cell (never a
 * formula), cleaned so that every reader can open the file, and measured for column widths.
 */

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 forbids (C0 controls other than tab/newline, U+FFFE, U+FFFF) and DEL;
// one of them makes Excel "repair" the file and openpyxl refuse it.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// OOXML reads "_x0041_" in a string as the character U+0041; "_x005F_" escapes the underscore.
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Anything the functions below might change: most strings skip the work. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/**
 * A string made safe to store: CR/CRLF become LF (XML parsers would do it anyway),
 * forbidden control characters are dropped, a lone surrogate becomes U+FFFD. Characters
 * outside the BMP (𠀀, emoji) are kept.
 */
export function cleanText(s: string): string {
  if (!SUSPECT.test(s)) return s;
  return s.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The cell content for `s`: cleaned and with literal `_xHHHH_` escaped, so Excel shows it as typed. */
export function cellText(s: string): string {
  if (!SUSPECT.test(s)) return s;
  return cleanText(s).replace(OOXML_ESCAPE, '_x005F_$1');
}

/** Width of a text in Excel column units: CJK and other full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
      || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
      || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f300) ? 2 : 1;
  }
  return w;
}

/** A column width that fits `texts` (widest line), within [min, max]. */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) {
    for (const line of t.split('\n')) {
      widest = Math.max(widest, displayWidth(line));
      if (widest >= max) return max;
    }
  }
  return Math.min(max, Math.max(min, widest + 2));
}

/** Points per line of 11-point text, with its leading. */
const LINE_HEIGHT = 15;

/**
 * The height (points) of a row whose wrapped cells show all their lines, or undefined when every
 * cell fits on one line. LibreOffice keeps the default height of rows written without one, so a
 * long wrapped text would print as its first line only.
 */
export function wrappedRowHeight(cells: Iterable<{ text: string; width: number }>): number | undefined {
  let lines = 1;
  for (const { text, width } of cells) {
    let n = 0;
    for (const line of text.split('\n')) n += Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1)));
    lines = Math.max(lines, n);
  }
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}
