import { compareDates } from '../dates.js';
import { readBool, readDate, readInteger } from '../read.js';
import type { Rule } from './types.js';

/**
 * The last day to submit a project for `planYear`: 30 September of the year before. None for a
 * year outside four digits: a typing error the form reports, with no deadline to compare.
 */
export function submissionDeadline(planYear: number | undefined): string | undefined {
  if (planYear === undefined || planYear < 1001 || planYear > 9999) return undefined;
  return `${String(planYear - 1).padStart(4, '0')}-09-30`;
}

/** 第十二条: plans are due by the end of September of the year before, unless mandated this year. */
export const art12Deadline: Rule = {
  id: 'art12-deadline',
  article: 12,
  reads: ['/application/planYear', '/application/submittedOn', '/application/mandatedThisYear'],
  check({ application: app }, ctx) {
    const planYear = readInteger(app, 'planYear');
    const deadline = submissionDeadline(planYear);
    if (planYear === undefined || deadline === undefined) return [];
    const submittedOn = readDate(app, 'submittedOn');
    const mandated = readBool(app, 'mandatedThisYear') === true;
    const params = { deadline, planYear, submittedOn: submittedOn ?? '' };
    if (submittedOn === undefined) {
      if (compareDates(ctx.today, deadline) <= 0 || mandated) return [];
      return [ctx.finding('art12.deadline-passed', 'warning', { path: '/application/planYear', params })];
    }
    if (compareDates(submittedOn, deadline) <= 0) return [];
    if (mandated) return [ctx.finding('art12.mandated-exception', 'info', { path: '/application/mandatedThisYear', params })];
    return [ctx.finding('art12.late-submission', 'error', { path: '/application/submittedOn', params })];
  },
};
