import { hasAtMostTwoDecimals, MAX_YUAN } from '../money.js';
import { isValidUscc } from './uscc.js';

/** Mainland mobile number, or a landline with area code (0527-84367890, extension allowed). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** Custom formats the forms use; registered on every Ajv instance govforms creates. */
export const customFormats = {
  /** Money in yuan: at most two decimals (exact check on the decimal digits, not multipleOf). */
  yuan: { type: 'number' as const, validate: (n: number) => hasAtMostTwoDecimals(n) && Math.abs(n) <= MAX_YUAN },
  decimal2: { type: 'number' as const, validate: hasAtMostTwoDecimals },
  uscc: { type: 'string' as const, validate: isValidUscc },
  phone: { type: 'string' as const, validate: (s: string) => PHONE.test(s) },
};
