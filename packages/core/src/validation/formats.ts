import { fullFormats } from 'ajv-formats/dist/formats.js';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money.js';
import { isValidUscc } from './uscc.js';

/** Mainland mobile number, or a landline with area code (0527-84367890, extension allowed). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** Custom formats the forms use; registered on every Ajv instance govforms creates. */
export const customFormats = {
  /** Money in yuan: at most two decimals (exact check on the decimal digits, not multipleOf). */
  yuan: { type: 'number' as const, validate: (n: number) => Math.abs(n) <= MAX_YUAN && hasAtMostTwoDecimals(n) },
  decimal2: { type: 'number' as const, validate: hasAtMostTwoDecimals },
  uscc: { type: 'string' as const, validate: isValidUscc },
  phone: { type: 'string' as const, validate: (s: string) => PHONE.test(s) },
};

/**
 * Every format the built-in forms use, as the precompiled validators call them
 * (scripts/vite-plugins/precompiled-validators.ts compiles with exactly this object).
 * date and email are ajv-formats' "full" ones, as createAjv registers them. ajv-formats has no
 * per-format modules: this pulls its formats file (~2 KB gzip) but not its Ajv plugin.
 */
export const formats = {
  date: fullFormats.date,
  email: fullFormats.email,
  ...customFormats,
};
