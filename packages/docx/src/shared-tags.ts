import { sharedWords as sw } from './messages.js';
import type { TagDoc } from './template-definition.js';

/** Tags shared by the mappers' rows (src/mappers/), documented once. */
export const fieldRowTags: TagDoc[] = [
  { tag: 'label', description: '字段名称（取自表单 schema 的 title，下级字段以“·”连接）' },
  { tag: 'value', description: '填写内容（金额为“元（万元）”，日期为“2024年1月1日”，选项为中文名称，是/否，未填为“（未填写）”）' },
];

export const findingTags: TagDoc = {
  tag: 'findings', loop: true,
  description: '审核要点：checkDossier 的检查结果，错误在前，每条注明依据条款',
  fields: [
    { tag: 'no', description: '序号' },
    { tag: 'severity', description: [sw.severity.error(), sw.severity.warning(), sw.severity.info()].join(' / ') },
    { tag: 'article', description: '依据条款，如“第二十条”' },
    { tag: 'message', description: '问题说明' },
    { tag: 'requires', description: '需要的材料（“需要材料：…”），没有时为空' },
  ],
};

export const budgetSummaryTags: TagDoc = {
  tag: 'budgetSummary',
  description: '预算汇总（精确到分）；表格行中的金额为不带单位的数字，列标题注明单位',
  fields: [
    { tag: 'byCategory', loop: true, description: '按费用类别（6 类，含金额为 0 的类别）循环', fields: [
      { tag: 'label', description: '费用类别名称' }, { tag: 'amount', description: '金额（元）' }, { tag: 'amountWan', description: '金额（万元）' },
    ] },
    { tag: 'byCategoryYear', loop: true, description: '按费用类别和年度循环（金额为 0 的组合不列）', fields: [
      { tag: 'no', description: '序号' }, { tag: 'category', description: '费用类别名称' }, { tag: 'year', description: '年度，如“2024年”；未填年度为“未分年度”' },
      { tag: 'amount', description: '金额（元）' }, { tag: 'amountWan', description: '金额（万元）' },
    ] },
    { tag: 'byYear', loop: true, description: '按年度循环', fields: [
      { tag: 'label', description: '年度' }, { tag: 'amount', description: '金额（元）' }, { tag: 'amountWan', description: '金额（万元）' },
    ] },
    { tag: 'itemsTotal', description: '费用明细合计，如“3,488,000.00 元”' },
    { tag: 'dataResources', description: '数据资源成本费用合计，如“366,400.50 元”' },
    { tag: 'dataResourcesFigure', description: '同上，不带单位' },
    { tag: 'dataResourcesWanFigure', description: '同上，万元，不带单位' },
    { tag: 'total', description: '预算总计（费用明细加数据资源），如“3,856,400.50 元”' },
    { tag: 'totalWan', description: '预算总计，如“385.64005 万元”' },
    { tag: 'totalFigure', description: '预算总计（元），不带单位' },
    { tag: 'totalWanFigure', description: '预算总计（万元），不带单位' },
  ],
};
