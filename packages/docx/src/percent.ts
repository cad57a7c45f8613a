/**
 * "8.75%": a part of a whole in percent, rounded half up to hundredths, computed exactly from
 * fen (BigInt: amounts up to the schema's maximum times 10,000 exceed 2^53). Undefined when
 * the whole is not above zero.
 */
export function percentOf(partFen: number, wholeFen: number): string | undefined {
  if (wholeFen <= 0 || partFen < 0) return undefined;
  const hundredths = (BigInt(partFen) * 20000n + BigInt(wholeFen)) / (2n * BigInt(wholeFen));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
}
