/** How each kind of number field reads, shows and explains its text. */
import { formatFen, yuanToFen } from '@govforms/core';
import type { Messages } from '../i18n/messages.js';
import { parseDecimal2Text, parseIntegerText, parseMoneyText, type Parsed, type ParseFailure } from './numeric-text.js';

export interface NumericKind {
  parse(text: string): Parsed;
  /** The value as the field shows it when not being edited. */
  format(value: number): string;
  message(t: Messages, failure: Extract<Parsed, { ok: false }>): string;
  inputMode: 'decimal' | 'numeric';
}

function numberMessage(t: Messages, reason: ParseFailure): string {
  if (reason === 'not-integer') return t.number.notInteger();
  if (reason === 'too-many-decimals') return t.number.tooManyDecimals();
  if (reason === 'negative') return t.number.negative();
  return t.number.notANumber();
}

export const moneyKind: NumericKind = {
  parse: parseMoneyText,
  format(value) {
    const fen = yuanToFen(value);
    return fen === undefined ? String(value) : formatFen(fen);
  },
  message(t, f) {
    switch (f.reason) {
      case 'wan': {
        const fen = yuanToFen(Number(f.suggestion));
        return t.money.wan({ yuan: fen === undefined ? String(f.suggestion) : formatFen(fen) });
      }
      case 'too-many-decimals': return t.money.tooManyDecimals();
      case 'negative': return t.money.negative();
      case 'too-large': return t.money.tooLarge();
      default: return t.money.notANumber();
    }
  },
  inputMode: 'decimal',
};

export const integerKind: NumericKind = {
  parse: parseIntegerText,
  format: String,
  message: (t, f) => numberMessage(t, f.reason),
  inputMode: 'numeric',
};

export const decimalKind: NumericKind = {
  parse: parseDecimal2Text,
  format: String,
  message: (t, f) => numberMessage(t, f.reason),
  inputMode: 'decimal',
};

/** The kind for a number schema: money (format yuan), integer, or a decimal with two places. */
export function numericKindFor(schema: { type?: unknown; format?: unknown } | undefined): NumericKind {
  if (schema?.format === 'yuan') return moneyKind;
  if (schema?.type === 'integer') return integerKind;
  return decimalKind;
}
