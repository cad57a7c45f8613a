import { sampleDossier } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { renderDocumentWithReport } from './index.js';
import { percentOf } from './percent.js';
import { documentText } from './test-support.js';

// The lifecycle documents: the change filing (第二十三条), the self-evaluation report
// (第三十六条第二款) and the review opinion with the toolkit's 审核要点.
const today = '2026-11-25';

async function text(id: string, patch: (d: ReturnType<typeof sampleDossier>) => void = () => {}) {
  const d = sampleDossier();
  patch(d);
  const { bytes, warnings } = await renderDocumentWithReport(id, d, { today });
  return { text: documentText(bytes), warnings };
}

describe('percentOf: exact shares from fen', () => {
  test('rounds half up to hundredths of a percent, without floating point error', () => {
    expect(percentOf(28_000_000, 320_000_000)).toBe('8.75%');
    expect(percentOf(1, 3)).toBe('33.33%');
    expect(percentOf(2, 3)).toBe('66.67%');
    expect(percentOf(1, 200_000)).toBe('0.00%'); // 0.0005 % rounds down
    expect(percentOf(1, 20_000)).toBe('0.01%'); // 0.005 % rounds half up
    expect(percentOf(10_000_000_000_000, 10_000_000_000_000)).toBe('100.00%'); // beyond 2^53 when scaled
    expect(percentOf(5, 0)).toBeUndefined();
  });
});

describe('change-filing 建设内容调整备案表', () => {
  test('is addressed to the three bureaus and shows the art. 23 reasoning of a change that may be filed', async () => {
    const { text: t, warnings } = await text('change-filing');
    expect(warnings).toEqual([]);
    expect(t).toContain('市数据局、市发展改革委、市财政局：');
    expect(t).toContain('合同金额 3,200,000.00 元 + 调整金额 280,000.00 元 = 3,480,000.00 元；招标控制价 3,520,000.00 元');
    expect(t).toContain('280,000.00 元，占合同金额的 8.75%');
    expect(t).not.toContain('不符合');
    expect(t).toContain('本次调整在招标控制价以内，调整金额和调整情形符合规定，报市数据局、市发展改革委、市财政局备案。');
    expect(t).toMatch(/〔提示〕第二十三条/);
  });

  test('one fen over the bid control price: 不符合 and re-apply, whatever the box says', async () => {
    const { text: t } = await text('change-filing', (d) => {
      d.change.bidControlPrice = 3_479_999.99;
      d.change.withinBidControlPrice = true;
    });
    expect(t).toContain('= 3,480,000.00 元；招标控制价 3,479,999.99 元');
    expect(t).toMatch(/招标控制价 3,479,999\.99 元\n不符合/);
    expect(t).toContain('本次调整不符合备案条件');
    expect(t).toMatch(/〔错误〕第二十三条/);
  });

  test('exactly at the bid control price still meets it (未超出 includes the number)', async () => {
    const { text: t } = await text('change-filing', (d) => { d.change.bidControlPrice = 3_480_000; });
    expect(t).not.toContain('不符合');
    expect(t).toContain('报市数据局、市发展改革委、市财政局备案。');
  });

  test('over 5,000,000 and over 10 % of the contract fails the amount condition; 10 % exactly meets it', async () => {
    const over = await text('change-filing', (d) => Object.assign(d.change, { contractAmount: 60_000_000, adjustmentAmount: 6_000_000.01, bidControlPrice: 80_000_000 }));
    expect(over.text).toContain('6,000,000.01 元，占合同金额的 10.00%');
    expect(over.text).toContain('本次调整不符合备案条件');
    const exact = await text('change-filing', (d) => Object.assign(d.change, { contractAmount: 60_000_000, adjustmentAmount: 6_000_000, bidControlPrice: 80_000_000 }));
    expect(exact.text).not.toContain('不符合');
  });

  test('without the bid control price the box decides, and the document says so; without a reason it cannot tell', async () => {
    const { text: t } = await text('change-filing', (d) => {
      delete d.change.bidControlPrice;
      d.change.withinBidControlPrice = false;
    });
    expect(t).toContain('未填招标控制价，按申报单位填报：超出招标控制价');
    expect(t).toContain('本次调整不符合备案条件');
    const undecided = await text('change-filing', (d) => {
      delete (d.change as Record<string, unknown>).reason;
    });
    expect(undecided.text).toContain('无法判断（调整情形未填写）');
    expect(undecided.text).toContain('尚缺少判断所需的内容（调整情形）');
  });

  test('a dossier without a change section renders, saying what is missing instead of failing', async () => {
    const { text: t, warnings } = await text('change-filing', (d) => { delete (d as Record<string, unknown>).change; });
    expect(t).toContain('尚缺少判断所需的内容（合同金额（元）、调整金额（元））');
    expect(warnings.map((x) => x.path)).toContain('/change');
  });
});

describe('performance-evaluation 项目绩效评价报告', () => {
  test('progress, the investment executed with its exact share, the trial, both opinions, and the due date', async () => {
    const { text: t, warnings } = await text('performance-evaluation');
    expect(warnings).toEqual([]);
    expect(t).toContain('2024年度');
    expect(t).toContain('本年度计划投资 3,856,400.50 元，实际支付 3,056,200.50 元，支付比例 79.25%。');
    expect(t).toContain('（一）试运行效果');
    expect(t).toContain('（二）遇到的问题');
    for (const heading of ['五、申报单位意见', '六、监理单位意见']) expect(t).toContain(heading);
    expect(t).toContain('本报告应于 2024年12月31日 前报市数据局备案。');
  });

  test('not in trial: no trial chapters, a plain sentence instead', async () => {
    const { text: t } = await text('performance-evaluation', (d) => { d.performanceEvaluation!.inTrial = false; });
    expect(t).toContain('项目尚未投入试运行。');
    expect(t).not.toContain('（一）试运行效果');
  });

  test('late by one day: the 第三十六条 error is among its 审核要点; the annual report\'s findings are not', async () => {
    const { text: t } = await text('performance-evaluation', (d) => {
      d.performanceEvaluation!.submittedOn = '2025-01-01';
      delete (d.annualReport as Record<string, unknown>).security;
    });
    expect(t).toMatch(/〔错误〕第三十六条\s+[^\n]*2025/);
    expect(t).not.toContain('安全管理');
  });
});

describe('review-opinion 审核意见书', () => {
  test('the project, the reviewers, the opinion, and the dossier\'s findings with their articles as 审核要点', async () => {
    const { text: t, warnings } = await text('review-opinion');
    expect(warnings).toEqual([]);
    expect(t).toContain('预审');
    for (const name of ['张立群', '周海燕']) expect(t).toContain(name);
    expect(t).toContain('四、需修改的内容');
    expect(t).toMatch(/需修改的内容\n无。/);
    expect(t).toContain('共 2 条：错误 0 条，警告 0 条，提示 2 条。');
    expect(t).toContain('第十九条');
    expect(t).toContain('第二十三条');
  });

  test('required changes are numbered; a dossier with errors shows them first with their articles', async () => {
    const { text: t } = await text('review-opinion', (d) => {
      d.reviewOpinion!.conclusion = 'pass-with-changes';
      d.reviewOpinion!.requiredChanges = ['细化冷链追溯数据的共享范围', '补充数据安全风险评估'];
      d.application.totalInvestment = 4_000_000.01;
    });
    expect(t).toContain('1．细化冷链追溯数据的共享范围');
    expect(t).toContain('2．补充数据安全风险评估');
    expect(t).toMatch(/错误 [1-9]\d* 条/);
    expect(t).toContain('第二十条');
    // The table lists errors first: its first row is an error.
    expect(t).toMatch(/说明\n1\n第[一二三四五六七八九十]+条\n错误\n/);
  });
});
