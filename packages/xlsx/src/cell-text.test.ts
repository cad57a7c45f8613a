import { describe, expect, test } from 'vitest';
import { cellText, cleanText, displayWidth, fitWidth } from './cell-text.js';

describe('cleanText', () => {
  test('drops control characters XML 1.0 forbids and keeps tab and newline', () => {
    expect(cleanText('响铃\u0007字符\u0000\u001F\u007F')).toBe('响铃字符');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
  });
  test('drops U+FFFE/U+FFFF, which make openpyxl refuse the file', () => {
    expect(cleanText('a\uFFFEb\uFFFF')).toBe('ab');
  });
  test('turns CR and CRLF into LF, as every XML parser would', () => {
    expect(cleanText('一\r\n二\r三')).toBe('一\n二\n三');
  });
  test('keeps characters outside the BMP and replaces a lone surrogate', () => {
    expect(cleanText('𠀀𠮷😀')).toBe('𠀀𠮷😀');
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('a\uDC00')).toBe('a\uFFFD');
  });
  test('returns ordinary text unchanged', () => {
    const s = '食品安全追溯子系统开发 (v2)';
    expect(cleanText(s)).toBe(s);
  });
});

describe('cellText', () => {
  test('escapes a literal _xHHHH_ so Excel does not read it as an escaped character', () => {
    expect(cellText('_x0041_')).toBe('_x005F_x0041_');
    expect(cellText('a_x000D_b')).toBe('a_x005F_x000D_b');
    expect(cellText('_x12_')).toBe('_x12_');
  });
  test('keeps formula-looking text as plain text (the writer stores it as a string)', () => {
    expect(cellText('=SUM(1,2)')).toBe('=SUM(1,2)');
  });
});

describe('column widths', () => {
  test('Chinese characters count two units, ASCII one', () => {
    expect(displayWidth('开发费')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('２０２４')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2);
  });
  test('fitWidth fits the widest line plus padding, within bounds', () => {
    expect(fitWidth(['名称', '食品安全追溯子系统开发'], 8, 60)).toBe(24);
    expect(fitWidth(['a'], 8, 60)).toBe(8);
    expect(fitWidth(['长'.repeat(100)], 8, 60)).toBe(60);
    expect(fitWidth(['短\n更长一些的第二行'], 4, 60)).toBe(18);
  });
});
