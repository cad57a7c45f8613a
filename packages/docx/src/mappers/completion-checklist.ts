import { addYears, articleLabel, completionMaterials, documentKindLabel, getForm, isIsoDate, type DocumentKind } from '@govforms/core';
import { formatDate } from '../dossier-view.js';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { documentWords as w } from '../messages.js';
import { field as own } from '@govforms/core';
import { fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** What 第三十一条 asks for: the report, its materials, and the archive acceptance. */
const article31: readonly DocumentKind[] = [...completionMaterials, 'archive-acceptance'];
/** Articles on acceptance: supervision (25) and 第二十八条 to 第三十三条. */
const completionArticles = [25, 28, 29, 30, 31, 32, 33];

function warrantyUntil(completion: unknown): string {
  const accepted = own(completion, 'acceptanceDate');
  const years = own(completion, 'warrantyYears');
  return isIsoDate(accepted) && Number.isInteger(years) && (years as number) >= 0 && (years as number) <= 100
    ? formatDate(addYears(accepted, years as number)) : w.notFilled();
}

/** 竣工验收资料清单: the art. 31 materials supplied or not, dates, warranty, the checks. */
const completionChecklist: TemplateMapper = {
  tags: [
    { tag: 'completionFields', loop: true, description: '竣工验收资料中除“已提交验收材料”外的全部字段，逐行循环', fields: fieldRowTags },
    { tag: 'warrantyUntil', description: `质保期截止日期：竣工验收日期加质保期（整年），无法计算时为“${w.notFilled()}”` },
    { tag: 'materials', loop: true, description: '第三十一条规定的验收材料及档案验收，之后是其他已提交材料，逐行循环', fields: [
      { tag: 'no', description: '序号' },
      { tag: 'name', description: '材料名称' },
      { tag: 'status', description: `${w.provided()} / ${w.notProvided()}` },
      { tag: 'basis', description: '依据条款（第三十一条）；其他材料为空' },
    ] },
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => {
    const completion = own(dossier, 'completion');
    const list = own(completion, 'attachments');
    const supplied = new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    const others = [...supplied].filter((k) => !(article31 as readonly string[]).includes(k));
    const materials = [
      ...article31.map((k) => ({ name: documentKindLabel(k), status: supplied.has(k) ? w.provided() : w.notProvided(), basis: articleLabel(31) })),
      ...others.map((k) => ({ name: documentKindLabel(k), status: w.provided(), basis: '' })),
    ].map((m, i) => ({ no: String(i + 1), ...m }));
    return {
      completionFields: fieldRows(getForm('completion'), view.completion as ViewObject, ['attachments']),
      warrantyUntil: warrantyUntil(completion),
      materials,
      findings: findingRows(dossier, { today, articles: completionArticles }, ctx),
    };
  },
};

export default completionChecklist;
