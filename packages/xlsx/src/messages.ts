/** Error messages of @govforms/xlsx, zh-CN first and English second. */
import type { Locale } from '@govforms/core';

const zh = {
  field: {
    category: '费用类别', name: '名称', year: '年度', quantity: '数量', unitPrice: '单价', amount: '金额', note: '备注',
    resourceName: '数据资源名称', provider: '提供方', description: '说明', cost: '成本费用',
  },
  empty: '空',
  // export: what is wrong in the dossier
  noBudget: '材料中没有预算明细（budget），无法生成预算表',
  itemsNotList: '预算明细中缺少费用明细（items）列表',
  resourcesNotList: '预算明细中的数据资源清单（dataResources）应为列表',
  tooManyItems: (n: number, max: number) => `费用明细有 ${n} 项，超过上限 ${max} 项`,
  tooManyResources: (n: number, max: number) => `数据资源有 ${n} 项，超过上限 ${max} 项`,
  item: (n: number, name: string | undefined, problem: string) => `费用明细第${n}项${name ? `“${name}”` : ''}：${problem}`,
  resource: (n: number, name: string | undefined, problem: string) => `数据资源第${n}项${name ? `“${name}”` : ''}：${problem}`,
  notAnEntry: '不是有效的条目',
  badMoney: (label: string, got: string) => `${label}应为不超过两位小数、不超过 1 万亿元的非负数（收到 ${got}）`,
  badQuantity: (label: string, got: string) => `${label}应为最多两位小数的正数（收到 ${got}）`,
  badYear: (label: string, min: number, max: number, got: string) => `${label}应为 ${min} 至 ${max} 之间的整数（收到 ${got}）`,
  badCategory: (label: string, got: string, known: string) => `${label}“${got}”无效，应为：${known}`,
  notText: (label: string) => `${label}应为文本`,
  tooLong: (label: string, max: number) => `${label}超过 ${max} 个字符（Excel 单元格的上限）`,
  required: (label: string) => `${label}不能为空`,
  badInvestment: (got: string) => `项目申报表中的总投资应为不超过两位小数的非负数（收到 ${got}）`,
  // import: what is wrong in the file
  notBytes: '导入的内容应为 .xlsx 文件的字节（Uint8Array）',
  tooLarge: (mb: string, max: number) => `文件过大（${mb} MB），预算表上限为 ${max} MB`,
  notXlsx: '文件不是有效的 Excel 工作簿（.xlsx）',
  legacyXls: '这是旧版 Excel（.xls）或加密的工作簿，请在 Excel、WPS 或 LibreOffice 中另存为不加密的 .xlsx 后再导入',
  zipBomb: '工作簿解压后过大或包含的文件过多（疑似压缩炸弹），已拒绝导入',
  unreadable: '无法读取工作簿：文件已损坏，或不是 Excel 工作簿',
  missingSheet: (name: string, present: string) => `工作簿中没有“${name}”工作表（现有：${present || '无'}）。请使用 govforms 生成的预算表，不要重命名或删除工作表`,
  missingColumn: (sheet: string, label: string) => `${sheet}!1 行（表头）：缺少“${label}”列`,
  tooManyRows: (sheet: string, max: number) => `“${sheet}”表超过 ${max} 行，无法导入`,
  sheetTooLong: (max: number) => `工作簿中有工作表超过 ${max} 行，无法导入`,
  cell: (ref: string, problem: string) => `${ref}：${problem}`,
  notNumber: (label: string, text: string) => `${label}不是数字（内容为“${text}”）`,
  noCachedResult: (label: string) => `${label}是公式，但文件中没有保存计算结果。请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入`,
  formulaError: (label: string, err: string) => `${label}的公式结果为错误值 ${err}`,
};

export type XlsxText = typeof zh;

const en: XlsxText = {
  field: {
    category: 'category', name: 'name', year: 'year', quantity: 'quantity', unitPrice: 'unit price', amount: 'amount', note: 'note',
    resourceName: 'data resource name', provider: 'provider', description: 'description', cost: 'cost',
  },
  empty: 'nothing',
  noBudget: 'The dossier has no budget: cannot build the budget workbook',
  itemsNotList: 'The budget has no line-item list (items)',
  resourcesNotList: 'The data-resource list (dataResources) must be a list',
  tooManyItems: (n, max) => `The budget has ${n} line items, more than the limit of ${max}`,
  tooManyResources: (n, max) => `The budget has ${n} data resources, more than the limit of ${max}`,
  item: (n, name, problem) => `Line item ${n}${name ? ` "${name}"` : ''}: ${problem}`,
  resource: (n, name, problem) => `Data resource ${n}${name ? ` "${name}"` : ''}: ${problem}`,
  notAnEntry: 'not a valid entry',
  badMoney: (label, got) => `${label} must be a non-negative amount with at most two decimals, at most 1e12 yuan (got ${got})`,
  badQuantity: (label, got) => `${label} must be a positive number with at most two decimals (got ${got})`,
  badYear: (label, min, max, got) => `${label} must be a whole number from ${min} to ${max} (got ${got})`,
  badCategory: (label, got, known) => `${label} "${got}" is not valid; use one of: ${known}`,
  notText: (label) => `${label} must be text`,
  tooLong: (label, max) => `${label} is longer than ${max} characters (the limit of an Excel cell)`,
  required: (label) => `${label} must not be empty`,
  badInvestment: (got) => `The application's total investment must be a non-negative amount with at most two decimals (got ${got})`,
  notBytes: 'Import expects the bytes of an .xlsx file (Uint8Array)',
  tooLarge: (mb, max) => `The file is too large (${mb} MB); the limit for a budget workbook is ${max} MB`,
  notXlsx: 'The file is not a valid Excel workbook (.xlsx)',
  legacyXls: 'This is a legacy Excel (.xls) or encrypted workbook: save it as an unencrypted .xlsx in Excel, WPS or LibreOffice, then import it',
  zipBomb: 'The workbook unpacks to too much data or too many files (a likely zip bomb): import refused',
  unreadable: 'Cannot read the workbook: the file is damaged or not an Excel workbook',
  missingSheet: (name, present) => `The workbook has no sheet "${name}" (sheets: ${present || 'none'}). Use the workbook govforms generated; do not rename or delete its sheets`,
  missingColumn: (sheet, label) => `${sheet} row 1 (header): the column "${label}" is missing`,
  tooManyRows: (sheet, max) => `Sheet "${sheet}" has more than ${max} rows and cannot be imported`,
  sheetTooLong: (max) => `A sheet of the workbook has more than ${max} rows and cannot be imported`,
  cell: (ref, problem) => `${ref}: ${problem}`,
  notNumber: (label, text) => `${label} is not a number (it holds "${text}")`,
  noCachedResult: (label) => `${label} is a formula without a saved result. Open and save the file in Excel, WPS or LibreOffice, then import it`,
  formulaError: (label, err) => `${label}: the formula gives the error ${err}`,
};

export function xlsxText(locale: Locale = 'zh-CN'): XlsxText {
  return locale === 'en' ? en : zh;
}

/** A value as it appears in an error message: short, and readable for people. */
export function shown(v: unknown, t: XlsxText = zh): string {
  if (typeof v === 'string') return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (v === undefined) return t.empty;
  if (v === null) return 'null';
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return typeof v;
  }
}
