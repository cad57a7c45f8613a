/**
 * Every word the React SDK shows that does not come from a form's schema, zh-CN first and
 * English second. Field labels, option names and descriptions are data (the forms' titles).
 */
import type { Locale } from '@govforms/core';

const zh = {
  steps: '填写步骤',
  stepOf: (i: number, n: number) => `第 ${i} 步，共 ${n} 步`,
  stepsDone: (done: number, n: number) => `已填好 ${done} / ${n} 步`,
  previous: '上一步',
  next: '下一步',
  stepIssues: (n: number) => `${n} 处待改`,
  stepComplete: '已填好',
  stepAnnouncement: (label: string, i: number, n: number, issues: number) =>
    `第 ${i} 步，共 ${n} 步：${label}。${issues ? `本步有 ${issues} 处需要修改。` : '本步已填好。'}`,
  lastStep: '已是最后一步。请查看右侧的规定检查结果。',
  otherIssues: (n: number) => `另有 ${n} 处问题不属于以上步骤：`,
  required: '必填',
  yes: '是',
  no: '否',
  choose: '请选择',
  money: {
    unit: '元',
    inWan: (wan: string) => `合 ${wan} 万元`,
    notANumber: '请填写以“元”为单位的数字金额，如 1234.56',
    tooManyDecimals: '金额最多保留两位小数（精确到分），如 1234.56',
    negative: '金额不能为负数',
    tooLarge: '金额过大，请检查单位是否为“元”',
    wan: (yuan: string) => `请以“元”为单位填写：这里应填写 ${yuan}`,
  },
  number: {
    notANumber: '请填写数字',
    notInteger: '请填写整数，如 2025',
    tooManyDecimals: '最多保留两位小数',
    negative: '不能为负数',
  },
  chapter: {
    count: (n: string, max: string | undefined) => (max ? `已输入 ${n} 字（上限 ${max} 字）` : `已输入 ${n} 字`),
    over: (n: string) => `超出上限 ${n} 字，请精简`,
  },
  checklist: {
    requiredByRule: '依规定需提交',
    selected: (n: number, total: number) => `已勾选 ${n} / ${total} 项`,
  },
  array: {
    add: '添加一项',
    addNamed: (label: string) => `添加${label}`,
    remove: '删除',
    moveUp: '上移',
    moveDown: '下移',
    empty: '尚未填写。',
    item: (i: number) => `第 ${i} 项`,
    actionOn: (action: string, i: number) => `${action}第 ${i} 项`,
  },
  budget: {
    caption: (label: string) => `${label}（金额单位：元）`,
    index: '序号',
    actions: '操作',
    addRow: '添加费用行',
    row: (i: number) => `第 ${i} 行`,
    actionOnRow: (action: string, i: number) => `${action}第 ${i} 行`,
    summary: '预算汇总（元）',
    category: '费用类别',
    year: '年度',
    noYear: '未填年度',
    subtotal: '小计',
    itemsTotal: '费用明细合计',
    dataResources: '数据资源成本',
    grandTotal: '预算合计',
    grandTotalLive: (total: string, wan: string) => `预算合计 ${total} 元（合 ${wan} 万元）`,
    mismatch: (expected: string) => `金额与“数量 × 单价”不一致，应为 ${expected}`,
    useExpected: '按数量 × 单价填入',
    rows: (n: number) => `共 ${n} 行`,
    removed: (i: number) => `已删除第 ${i} 行。`,
    undo: '撤销删除',
  },
  findings: {
    title: '规定检查',
    source: '依据《宿迁市市级信息化项目管理办法》（宿政办发〔2024〕45号）',
    summary: (e: number, w: number, i: number) => `${e} 项错误，${w} 项警告，${i} 项提示`,
    none: '未发现问题：已填写的内容符合办法的各项规定。',
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<'error' | 'warning' | 'info', string>,
    goTo: '定位到填写位置',
    goToOther: (form: string) => `转到“${form}”`,
    requires: '需提交：',
  },
  form: {
    readOnly: '只读',
    unknownField: (label: string) => `“${label}”暂不支持在此填写，请联系系统管理员。`,
  },
};

export type Messages = typeof zh;

const en: Messages = {
  steps: 'Steps',
  stepOf: (i, n) => `Step ${i} of ${n}`,
  stepsDone: (done, n) => `${done} of ${n} steps complete`,
  previous: 'Back',
  next: 'Next',
  stepIssues: (n) => `${n} to fix`,
  stepComplete: 'Complete',
  stepAnnouncement: (label, i, n, issues) =>
    `Step ${i} of ${n}: ${label}. ${issues ? `${issues} field(s) need attention.` : 'This step is complete.'}`,
  lastStep: 'This is the last step. See the regulation check beside the form.',
  otherIssues: (n) => `${n} more problem(s) outside these steps:`,
  required: 'required',
  yes: 'Yes',
  no: 'No',
  choose: 'Choose…',
  money: {
    unit: 'yuan',
    inWan: (wan) => `= ${wan} 万元 (10k yuan)`,
    notANumber: 'Enter an amount in yuan, e.g. 1234.56',
    tooManyDecimals: 'Amounts have at most two decimals (fen), e.g. 1234.56',
    negative: 'Amounts cannot be negative',
    tooLarge: 'The amount is too large: is the unit yuan?',
    wan: (yuan) => `Enter yuan, not 万: here that is ${yuan}`,
  },
  number: {
    notANumber: 'Enter a number',
    notInteger: 'Enter a whole number, e.g. 2025',
    tooManyDecimals: 'At most two decimals',
    negative: 'Cannot be negative',
  },
  chapter: {
    count: (n, max) => (max ? `${n} characters (limit ${max})` : `${n} characters`),
    over: (n) => `${n} characters over the limit: please shorten`,
  },
  checklist: {
    requiredByRule: 'required by the regulation',
    selected: (n, total) => `${n} of ${total} selected`,
  },
  array: {
    add: 'Add an item',
    addNamed: (label) => `Add ${label}`,
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    empty: 'Nothing yet.',
    item: (i) => `Item ${i}`,
    actionOn: (action, i) => `${action} item ${i}`,
  },
  budget: {
    caption: (label) => `${label} (yuan)`,
    index: 'No.',
    actions: 'Actions',
    addRow: 'Add a line item',
    row: (i) => `Row ${i}`,
    actionOnRow: (action, i) => `${action} row ${i}`,
    summary: 'Budget summary (yuan)',
    category: 'Category',
    year: 'Year',
    noYear: 'No year',
    subtotal: 'Subtotal',
    itemsTotal: 'Line items total',
    dataResources: 'Data resources',
    grandTotal: 'Budget total',
    grandTotalLive: (total, wan) => `Budget total ${total} yuan (${wan} 万元)`,
    mismatch: (expected) => `Amount differs from quantity × unit price: expected ${expected}`,
    useExpected: 'Use quantity × unit price',
    rows: (n) => `${n} rows`,
    removed: (i) => `Row ${i} removed.`,
    undo: 'Undo',
  },
  findings: {
    title: 'Regulation check',
    source: 'Under the Suqian municipal IT-project regulation (宿政办发〔2024〕45号)',
    summary: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} note(s)`,
    none: 'No problems found: what is filled in meets the regulation.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    goTo: 'Go to the field',
    goToOther: (form) => `Open “${form}”`,
    requires: 'Required: ',
  },
  form: {
    readOnly: 'read-only',
    unknownField: (label) => `“${label}” cannot be edited here; please contact the administrator.`,
  },
};

export const messages: Record<Locale, Messages> = { 'zh-CN': zh, en };

export function messagesFor(locale: Locale | undefined): Messages {
  return locale === 'en' ? en : zh;
}
