/**
 * User text made safe for a Word document, literally: characters XML 1.0 cannot hold (C0
 * controls other than tab and newline, U+FFFE/U+FFFF) are removed, unpaired surrogate halves
 * become U+FFFD, and CR/CRLF become LF (docxtemplater turns LF into <w:br/>). Everything else,
 * including "<w:t>", "{tags}", 𠀀 and emoji, is kept as typed: docxtemplater escapes it.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanText {
  text: string;
  /** True when characters had to be removed or replaced. */
  changed: boolean;
}

export function cleanText(input: string): CleanText {
  const normalized = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let changed = false;
  const text = normalized.replace(INVALID_XML, (ch) => {
    changed = true;
    return ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff ? '\uFFFD' : '';
  });
  return { text, changed };
}
