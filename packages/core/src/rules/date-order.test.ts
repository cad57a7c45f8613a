import { describe, expect, test } from 'vitest';
import { checkDossier } from '../check-dossier.js';
import { TODAY, dossierWith, expectOne, findingsOf, type DossierPatch } from '../../test-support/rules.js';

/** Each pair of steps: the article, the earlier and the later field, their labels. */
const pairs = [
  { article: 16, cites: '第十六条', earlier: ['application', 'submittedOn', '申报日期'], later: ['milestones', 'preReviewPassedOn', '预审通过日期'] },
  { article: 18, cites: '第十八条', earlier: ['milestones', 'preReviewPassedOn', '预审通过日期'], later: ['milestones', 'listedOn', '列入年度项目清单日期'] },
  { article: 19, cites: '第十九条', earlier: ['milestones', 'listedOn', '列入年度项目清单日期'], later: ['milestones', 'technicalReviewPassedOn', '技术方案审核通过日期'] },
  { article: 19, cites: '第十九条', earlier: ['milestones', 'listedOn', '列入年度项目清单日期'], later: ['milestones', 'estimateReviewPassedOn', '项目概算审核通过日期'] },
  { article: 24, cites: '第二十四条', earlier: ['application', 'submittedOn', '申报日期'], later: ['milestones', 'procurementStartedOn', '采购启动日期'] },
  { article: 24, cites: '第二十四条', earlier: ['milestones', 'procurementStartedOn', '采购启动日期'], later: ['milestones', 'contractSignedOn', '合同签订日期'] },
  { article: 29, cites: '第二十九条', earlier: ['completion', 'trialStart', '上线试运行日期'], later: ['completion', 'acceptanceDate', '竣工验收日期'] },
  { article: 31, cites: '第三十一条', earlier: ['completion', 'acceptanceDate', '竣工验收日期'], later: ['completion', 'reportFiledOn', '验收报告备案日期'] },
] as const;

/**
 * A dossier whose every lifecycle date is one far-past day, 2023-01-01, except the pair's later
 * field: every other pair is then in order (same day), and only this pair is tested.
 */
function withDates(pair: (typeof pairs)[number], later: string): ReturnType<typeof dossierWith> {
  const same = '2023-01-01';
  const patch: DossierPatch = {
    application: { submittedOn: same },
    milestones: {
      preReviewPassedOn: same, listedOn: same, technicalReviewPassedOn: same, estimateReviewPassedOn: same,
      approvalObtainedOn: same, procurementStartedOn: same, contractSignedOn: same,
    },
    completion: { trialStart: same, acceptanceDate: same, reportFiledOn: same },
  };
  patch[pair.later[0]]![pair.later[1]] = later;
  return dossierWith(patch);
}

const outOfOrder = (article: number) => (f: { ruleId: string }) => f.ruleId === `art${article}.dates-out-of-order`;

describe('dates out of order: a later step dated before the step it follows is an error naming both fields', () => {
  test.each(pairs)('第$article条: $later.2 on the day of $earlier.2 is in order; a day before is not', (pair) => {
    const sameDay = checkDossier(withDates(pair, '2023-01-01'), { today: TODAY });
    expect(sameDay.filter(outOfOrder(pair.article))).toEqual([]);
    const f = expectOne(checkDossier(withDates(pair, '2022-12-31'), { today: TODAY }).filter(outOfOrder(pair.article)), {
      ruleId: `art${pair.article}.dates-out-of-order`, article: pair.article, severity: 'error', path: `/${pair.later[0]}/${pair.later[1]}`, cites: pair.cites,
    });
    expect(f.message).toBe(`${pair.later[2]} 2022-12-31 早于${pair.earlier[2]} 2023-01-01：日期先后顺序有误，请核对这两个日期（${pair.cites}）`);
  });

  test('a missing date is "not yet", never out of order', () => {
    const d = dossierWith({ milestones: { preReviewPassedOn: undefined, listedOn: '2020-01-01' }, completion: { trialStart: undefined } });
    expect(checkDossier(d, { today: TODAY }).filter((f) => f.ruleId.endsWith('.dates-out-of-order'))).toEqual([]);
  });

  test('the sample dossier has its dates in order', () => {
    expect(checkDossier(dossierWith(), { today: TODAY }).filter((f) => f.ruleId.endsWith('.dates-out-of-order'))).toEqual([]);
  });

  test('in English, both fields by their English labels', () => {
    const [f] = checkDossier(withDates(pairs[4], '2022-12-31'), { today: TODAY, locale: 'en' }).filter(outOfOrder(24));
    expect(f!.message).toMatch(/ 2022-12-31 is before .+ 2023-01-01: the dates are out of order, check both \(art\. 24\)$/);
  });

  test('第二十九条: acceptance before the trial start is said once, as the order error, not also as "too early"', () => {
    const found = findingsOf(withDates(pairs[6], '2022-12-31'), 'art29').map((f) => f.ruleId);
    expect(found).toEqual(['art29.dates-out-of-order']);
  });
});
