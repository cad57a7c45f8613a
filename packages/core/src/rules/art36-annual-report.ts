import { getForm } from '../forms/registry.js';
import type { Finding } from '../types.js';
import { fieldTitle } from '../forms/labels.js';
import { compareDates } from '../dates.js';
import { readDate, readText } from '../read.js';
import type { Rule } from './types.js';

/** 第三十六条第三款: what the annual O&M report covers. */
export const annualReportSections = ['operation', 'security', 'usage', 'funding', 'outcomes'] as const;

/** 第三十六条: the annual O&M report covers its five sections and comes after the cycle ends. */
export const art36AnnualReport: Rule = {
  id: 'art36-annual-report',
  article: 36,
  reads: [...annualReportSections.map((k) => `/annualReport/${k}`), '/annualReport/submittedOn', '/annualReport/cycleEnd'],
  check({ annualReport: report }, ctx) {
    if (!report) return [];
    const form = getForm('annual-report');
    const findings: Finding[] = annualReportSections
      .filter((key) => !readText(report, key))
      .map((key) => ctx.finding('art36.section-missing', 'error', {
        path: `/annualReport/${key}`, params: { section: fieldTitle(form, `/${key}`, ctx.locale) },
      }));
    const submittedOn = readDate(report, 'submittedOn');
    const cycleEnd = readDate(report, 'cycleEnd');
    if (submittedOn && cycleEnd && compareDates(submittedOn, cycleEnd) <= 0) {
      findings.push(ctx.finding('art36.submitted-before-cycle-end', 'warning', {
        path: '/annualReport/submittedOn', params: { submittedOn, cycleEnd },
      }));
    }
    return findings;
  },
};
