import { changeAssessment, fieldLabel, field as own, getForm, type ChangeAssessment, type FormDefinition } from '@govforms/core';
import { yuanText } from '../dossier-view.js';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { documentWords as w, sharedWords as sw } from '../messages.js';
import { paragraphsOf } from '../paragraphs.js';
import { percentOf } from '../percent.js';
import { fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

const c = w.change;

const verdict = (ok: boolean | undefined, missing: string) => (ok === undefined ? c.undecided({ missing }) : ok ? c.conforms() : c.notConforms());

/** The art. 23 table: each condition, what the change shows, and whether it meets it. */
function article23Rows(a: ChangeAssessment, view: ViewObject, change: unknown) {
  const form = getForm('change-filing');
  const label = (key: string) => fieldLabel(form, `/${key}`);
  const claimed = own(change, 'withinBidControlPrice');
  const claim = typeof claimed === 'boolean' ? (claimed ? c.withinBid() : c.overBid()) : w.notFilled();
  const percent = percentOf(a.adjustmentFen, a.contractFen);
  const amounts = { contract: yuanText(a.contractFen), adjustment: yuanText(a.adjustmentFen), total: yuanText(a.totalFen) };
  return [
    {
      requirement: c.requireBid(),
      fact: a.bidControlPriceFen !== undefined ? c.investmentAfter({ ...amounts, bid: yuanText(a.bidControlPriceFen) }) : c.investmentAfterNoBid({ ...amounts, claim }),
      verdict: verdict(a.withinBid, `${label('bidControlPrice')}${sw.listSeparator()}${label('withinBidControlPrice')}`),
    },
    {
      requirement: c.requireLimit(),
      fact: percent ? c.percentOfContract({ amount: yuanText(a.adjustmentFen), percent }) : c.noPercent({ amount: yuanText(a.adjustmentFen) }),
      verdict: verdict(a.withinLimit, label('adjustmentAmount')),
    },
    { requirement: c.requireReason(), fact: String(view.reason), verdict: verdict(a.reasonFileable, label('reason')) },
  ].map((row, i) => ({ no: String(i + 1), ...row }));
}

/** The fields art. 23 still needs, named as the form names them. */
function missingFacts(a: ChangeAssessment | undefined, form: FormDefinition): string {
  const keys = !a ? ['contractAmount', 'adjustmentAmount']
    : [...(a.withinBid === undefined ? ['bidControlPrice'] : []), ...(a.reasonFileable === undefined ? ['reason'] : [])];
  return keys.map((k) => fieldLabel(form, `/${k}`)).join(sw.listSeparator());
}

/** 建设内容调整备案表: the change, the art. 23 reasoning (amounts, percentage, bid control price), the checks. */
const changeFiling: TemplateMapper = {
  tags: [
    { tag: 'changeFields', loop: true, description: '建设内容调整备案中除“调整内容说明”外的全部字段，逐行循环', fields: fieldRowTags },
    { tag: 'descriptionParagraphs', loop: true, description: '调整内容说明，每段一项（段落内容为 {.}）' },
    { tag: 'article23', loop: true, description: '第二十三条对照：投资规模与招标控制价、调整金额及其占合同金额的比例、调整情形，逐行循环', fields: [
      { tag: 'no', description: '序号' },
      { tag: 'requirement', description: '第二十三条的要求，如“调整金额不超过500万元或不超过合同金额的10%”' },
      { tag: 'fact', description: '本次调整的情况，如“合同金额 3,200,000.00 元 + 调整金额 280,000.00 元 = 3,480,000.00 元；招标控制价 3,520,000.00 元”' },
      { tag: 'verdict', description: `${c.conforms()} / ${c.notConforms()} / 无法判断（缺少的字段）` },
    ] },
    { tag: 'conclusion', description: '结论：报三部门备案，或应重新申报，或尚缺少判断所需的内容' },
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => {
    const change = own(dossier, 'change');
    const changeView = view.change as ViewObject;
    const a = changeAssessment(change);
    const form = getForm('change-filing');
    return {
      changeFields: fieldRows(form, changeView, ['description']),
      descriptionParagraphs: paragraphsOf(changeView.description),
      article23: a ? article23Rows(a, changeView, change) : [],
      conclusion: !a?.outcome ? c.conclusionUndecided({ missing: missingFacts(a, form) })
        : a.outcome === 'filing' ? c.conclusionFiling() : c.conclusionReapply(),
      findings: findingRows(dossier, { today, articles: [23] }, ctx),
    };
  },
};

export default changeFiling;
