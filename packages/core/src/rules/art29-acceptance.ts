import { addDays, addYears, compareDates, daysBetween } from '../dates.js';
import { readBool, readDate } from '../read.js';
import type { Rule } from './types.js';

/** Days of trial run before acceptance: 30, or 90 for software development (第二十九条). */
export function minimumTrialDays(softwareDevelopment: boolean): number {
  return softwareDevelopment ? 90 : 30;
}

/** The last allowed acceptance date: one year after the trial run starts. */
export function acceptanceDeadline(trialStart: string): string {
  return addYears(trialStart, 1);
}

/** 第二十九条: acceptance 30 (software: 90) days after the trial start at the earliest, one year at the latest. */
export const art29Acceptance: Rule = {
  id: 'art29-acceptance',
  article: 29,
  reads: ['/completion/trialStart', '/completion/acceptanceDate', '/completion/softwareDevelopment'],
  check({ completion }, ctx) {
    const trialStart = readDate(completion, 'trialStart');
    if (!trialStart) return [];
    const acceptance = readDate(completion, 'acceptanceDate');
    const latest = acceptanceDeadline(trialStart);
    if (!acceptance) {
      if (compareDates(ctx.today, latest) <= 0) return [];
      return [ctx.finding('art29.acceptance-overdue', 'error', { path: '/completion/acceptanceDate', params: { trialStart, latest } })];
    }
    const software = readBool(completion, 'softwareDevelopment') === true;
    const minDays = minimumTrialDays(software);
    const days = daysBetween(trialStart, acceptance);
    // Acceptance before the trial even started is a date-order error (date-order.ts), said once.
    if (days < 0) return [];
    if (days < minDays) {
      return [ctx.finding('art29.acceptance-too-early', 'error', {
        path: '/completion/acceptanceDate',
        params: {
          acceptance, trialStart, days, minDays, earliest: addDays(trialStart, minDays),
          kind: software ? ctx.words.softwareProject() : ctx.words.project(),
        },
      })];
    }
    if (compareDates(acceptance, latest) > 0) {
      return [ctx.finding('art29.acceptance-too-late', 'error', { path: '/completion/acceptanceDate', params: { acceptance, latest } })];
    }
    return [];
  },
};
