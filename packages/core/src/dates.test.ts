import { expect, test } from 'vitest';
import { addDays, addYears, compareDates, daysBetween, isIsoDate, todayInChina } from './dates.js';

test('isIsoDate accepts real calendar dates only', () => {
  expect(isIsoDate('2024-02-29')).toBe(true);
  expect(isIsoDate('2023-02-29')).toBe(false);
  expect(isIsoDate('2024-13-01')).toBe(false);
  expect(isIsoDate('2024-1-01')).toBe(false);
  expect(isIsoDate(20240101)).toBe(false);
});

test('addDays and daysBetween count calendar days across months and years', () => {
  expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(daysBetween('2024-09-01', '2024-11-30')).toBe(90);
  expect(daysBetween('2024-11-30', '2024-09-01')).toBe(-90);
});

test('addYears keeps the calendar date; 29 February falls back to 28 February', () => {
  expect(addYears('2024-03-15', 1)).toBe('2025-03-15');
  expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
});

test('todayInChina uses UTC+8', () => {
  expect(todayInChina(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  expect(todayInChina(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
});

test('deadlines past 9999 are dates too, and compared by day, not as text', () => {
  expect(addYears('9999-06-01', 1)).toBe('10000-06-01');
  expect(addDays('9999-12-15', 30)).toBe('10000-01-14');
  expect(compareDates('9999-12-20', '10000-01-14')).toBeLessThan(0);
  expect(isIsoDate('10000-01-14')).toBe(false); // users type four-digit years
});
