import { describe, expect, test } from 'vitest';
import { nextStep, projectTimeline } from './timeline.js';
import { consistentTotal, dossierWith, mergePatches, type DossierPatch } from '../test-support/rules.js';
import type { Stage } from './types.js';

const byId = (stages: Stage[]) => Object.fromEntries(stages.map((s) => [s.id, s]));
const timeline = (patch: DossierPatch = {}, today = '2026-11-25') => byId(projectTimeline(dossierWith(patch) as never, { today }));

describe('projectTimeline: every stage of the regulation, in order, with its article', () => {
  test('the sample project: stages in lifecycle order, each citing its article in its message', () => {
    const stages = projectTimeline(dossierWith() as never, { today: '2026-11-25' });
    expect(stages.map((s) => s.id).slice(0, 7)).toEqual(['application', 'pre-review', 'listing', 'technical-review', 'estimate-review', 'approval', 'procurement']);
    expect(stages.map((s) => s.id).slice(-6)).toEqual(['trial', 'materials-approval', 'acceptance', 'acceptance-report', 'warranty', 'annual-report']);
    for (const s of stages) expect(s.message, s.id).toMatch(/（第[一二三四五六七八九十]+条）$/);
  });

  test('a stage that happened is done with its date', () => {
    const t = timeline({ milestones: { listedOn: '2024-01-05' } });
    expect(t.listing).toMatchObject({ status: 'done', date: '2024-01-05', article: 18, message: '纳入年度市级信息化项目清单：已于 2024-01-05 完成（第十八条）' });
  });

  test('an empty dossier is all "not yet" or not applicable, never an exception', () => {
    const stages = projectTimeline({}, { today: '2026-11-25' });
    expect(stages.every((s) => s.status === 'not-yet' || s.status === 'not-applicable')).toBe(true);
    expect(projectTimeline({ application: 'x' as never, milestones: [] as never }, { today: '2026-11-25' }).length).toBeGreaterThan(5);
  });
});

describe('projectTimeline: deadlines on both sides', () => {
  test('art. 12: the application is due by 30 September of the year before; overdue from 1 October', () => {
    const unsent = { application: { submittedOn: undefined, planYear: 2027 } };
    expect(timeline(unsent, '2026-09-30').application).toMatchObject({ status: 'due', dueOn: '2026-09-30' });
    expect(timeline(unsent, '2026-10-01').application).toMatchObject({ status: 'overdue', dueOn: '2026-09-30' });
  });

  test('art. 29: acceptance is due within a year of the trial start; overdue the day after', () => {
    const waiting = { completion: { trialStart: '2025-03-01', acceptanceDate: undefined } };
    expect(timeline(waiting, '2026-03-01').acceptance).toMatchObject({ status: 'due', dueOn: '2026-03-01', article: 29 });
    expect(timeline(waiting, '2026-03-02').acceptance).toMatchObject({ status: 'overdue' });
  });

  test('art. 31: the acceptance report is due 30 days after acceptance, and asks for the completion materials', () => {
    const t = timeline({ completion: { acceptanceDate: '2026-11-01', reportFiledOn: undefined } }, '2026-12-01');
    expect(t['acceptance-report']).toMatchObject({ status: 'due', dueOn: '2026-12-01', requires: expect.arrayContaining(['audit-report']) });
    expect(timeline({ completion: { acceptanceDate: '2026-11-01', reportFiledOn: undefined } }, '2026-12-02')['acceptance-report']!.status).toBe('overdue');
  });

  test('art. 33: the warranty runs three years from acceptance, then it is done', () => {
    const accepted = { completion: { acceptanceDate: '2025-01-10' } };
    expect(timeline(accepted, '2028-01-10').warranty).toMatchObject({ status: 'due', date: '2025-01-10', dueOn: '2028-01-10' });
    expect(timeline(accepted, '2028-01-10').warranty!.message).toContain('进行中，至 2028-01-10');
    expect(timeline(accepted, '2028-01-11').warranty!.status).toBe('done');
  });

  test('art. 36 ¶2: a self-evaluation for each year of construction, due 31 December', () => {
    const patch = {
      application: { constructionPeriod: { start: '2024-03-01', end: '2025-06-30' } },
      completion: { acceptanceDate: undefined, trialStart: undefined },
      performanceEvaluation: { year: 2024, submittedOn: '2024-12-20' },
    };
    const t = timeline(patch, '2025-12-31');
    expect(t['self-evaluation-2024']).toMatchObject({ status: 'done', date: '2024-12-20', dueOn: '2024-12-31', article: 36 });
    expect(t['self-evaluation-2025']).toMatchObject({ status: 'due', dueOn: '2025-12-31' });
    expect(t['self-evaluation-2025']!.message).toBe('提交 2025 年度项目绩效评价报告：截止 2025-12-31（第三十六条）');
    expect(timeline(patch, '2026-01-01')['self-evaluation-2025']!.status).toBe('overdue');
    expect(t['self-evaluation-2026']).toBeUndefined();
  });

  test('art. 36 ¶3: the annual report can be filed once its cycle has ended', () => {
    const open = { annualReport: { cycleEnd: '2025-12-31', submittedOn: undefined } };
    expect(timeline(open, '2025-12-31')['annual-report']!.status).toBe('not-yet');
    expect(timeline(open, '2026-01-01')['annual-report']).toMatchObject({ status: 'due', message: '提交年度运维服务情况报表：现在可以办理（第三十六条）' });
  });
});

describe('projectTimeline: stages that apply only to some projects', () => {
  test('art. 20: the approval applies over 4,000,000 yuan of budget money, with its documents', () => {
    expect(timeline(consistentTotal(4_000_000)).approval!.status).toBe('not-applicable');
    expect(timeline(mergePatches(consistentTotal(4_000_000.01), { milestones: { approvalObtainedOn: undefined } })).approval)
      .toMatchObject({ status: 'not-yet', requires: ['feasibility-study', 'preliminary-design'] }); // the sample is in a plan (inPlan)
  });

  test('art. 19: the reviews apply at or above the procurement limit', () => {
    expect(timeline(consistentTotal(999_999.99, { supervisionYuan: null }))['technical-review']!.status).toBe('not-applicable');
    expect(timeline(consistentTotal(1_000_000, { supervisionYuan: null }))['technical-review']!.status).not.toBe('not-applicable');
  });

  test('an O&M project: no trial or warranty; acceptance after the service period (art. 28)', () => {
    const t = timeline({ application: { projectType: 'operation' }, completion: { acceptanceDate: undefined, serviceEnd: '2026-12-31' } });
    expect(t.trial!.status).toBe('not-applicable');
    expect(t.warranty!.status).toBe('not-applicable');
    expect(t.acceptance).toMatchObject({ article: 28, status: 'due', dueOn: '2026-12-31' });
  });

  test('English', () => {
    const [first] = projectTimeline(dossierWith() as never, { today: '2026-11-25', locale: 'en' });
    expect(first!.message).toMatch(/^Submit the application: .*\(art\. 12\)$/);
  });

  test('a today that is not a date is a clear error', () => {
    expect(() => projectTimeline({}, { today: '2026-02-30' })).toThrow('“今天”应为 YYYY-MM-DD 格式的日期：2026-02-30');
  });
});

describe('nextStep: what the applicant files next, and by when', () => {
  const next = (patch: DossierPatch, today = '2026-11-25', locale?: 'en') =>
    nextStep(projectTimeline(dossierWith(patch) as never, { today, locale }), locale);

  test('the first open stage in order: the approval of the materials (第三十条) before acceptance, which then has its deadline', () => {
    const step = next({ completion: { trialStart: '2025-12-01', acceptanceDate: undefined, materialsApprovedOn: undefined, reportFiledOn: undefined } });
    expect(step?.stage.id).toBe('materials-approval');
    const accepting = next({ completion: { trialStart: '2025-12-01', acceptanceDate: undefined, reportFiledOn: undefined } });
    expect(accepting?.message).toBe('下一步：组织竣工验收，截止 2026-12-01（第二十九条）');
  });

  test('a late stage comes first, whatever its place; on its last day it is still only due', () => {
    const patch = { completion: { trialStart: '2025-11-25', acceptanceDate: undefined, reportFiledOn: undefined } };
    expect(next(patch, '2026-11-25')?.message).toBe('下一步：组织竣工验收，截止 2026-11-25（第二十九条）');
    expect(next(patch, '2026-11-26')?.message).toBe('下一步：组织竣工验收，已逾期（截止 2026-11-25，第二十九条）');
  });

  test('a running warranty is not a next step; a stage with no deadline is named without one', () => {
    const step = next({ annualReport: null });
    expect(step?.stage.id).not.toBe('warranty');
    expect(next({ milestones: { listedOn: undefined } })?.message).toBe('下一步：纳入年度市级信息化项目清单（第十八条）');
  });

  test('in English', () => {
    expect(next({ milestones: { listedOn: undefined } }, '2026-11-25', 'en')?.message).toMatch(/^Next: .+ \(art\. 18\)$/);
  });
});
