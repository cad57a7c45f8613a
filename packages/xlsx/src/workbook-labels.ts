/**
 * The words printed in the workbook itself. The workbook is a zh-CN document for finance
 * staff (市财政局) and reviewers, so it has no English variant; error messages do (messages.ts).
 */
export const SHEET = {
  summary: '汇总',
  items: '明细',
  resources: '数据资源',
  notes: '说明',
} as const;

/** Header of the line-item sheet, column by column (A…H). */
export const ITEM_HEADERS = {
  index: '序号',
  category: '费用类别',
  name: '名称',
  year: '年度',
  quantity: '数量',
  unitPrice: '单价（元）',
  amount: '金额（元）',
  note: '备注',
} as const;

/** Header of the data-resource sheet (A…E). */
export const RESOURCE_HEADERS = {
  index: '序号',
  name: '数据资源名称',
  provider: '提供方',
  description: '说明',
  cost: '成本费用（元）',
} as const;

export const SUMMARY = {
  title: '宿迁市市级信息化项目预算汇总表',
  projectName: '项目名称',
  applicant: '申报单位',
  totalInvestment: '申报总投资（元）',
  byCategoryHeader: '费用类别',
  byYearHeader: '年度',
  amountHeader: '金额（元）',
  itemsTotal: '费用明细合计',
  noYear: '未填年度',
  yearsTotal: '分年度合计',
  dataResourcesTotal: '数据资源成本合计',
  grandTotal: '预算总计',
  checkInvestment: '核对：预算总计与申报总投资',
  checkBreakdown: '核对：分类、分年度合计与明细合计',
  match: '一致',
  mismatch: '不一致',
  investmentMissing: '未填写申报总投资',
  yearSuffixFormat: '0"年"',
} as const;

export const NOTES = {
  header: ['项目', '内容'] as const,
  title: '宿迁市市级信息化项目预算明细表',
  basis: '依据',
  basisText: '《宿迁市市级信息化项目管理办法》（宿政办发〔2024〕45号）第十四条第二项、第二十五条',
  generatedAt: '生成时间',
  generatedBy: '生成工具',
  generatedByText: 'govforms（预算明细表单）',
  formVersion: '表单版本',
  sheets: '各工作表',
  sheetText: {
    summary: '按费用类别、年度汇总的金额，数据资源成本，预算总计及与申报总投资的核对。全部为公式，随“明细”“数据资源”表自动更新，请勿直接修改。',
    items: '逐行列出各项费用：序号、费用类别（下拉选择）、名称、年度、数量、单价、金额、备注。填写数量和单价的行，金额为公式“=ROUND(数量×单价,2)”。',
    resources: '项目包含的数据资源清单及成本费用（第十四条第二项），成本计入预算总计。',
    notes: '本说明。',
  },
  editing: '修改方法',
  editingText: '可在“明细”“数据资源”表中修改、插入、删除行，或在表格末尾续加行；费用类别请从下拉列表选择；金额、单价保留两位小数。汇总表的公式覆盖整列，新增的行会自动计入。',
  importing: '导入',
  importingText: '修改后保存为 .xlsx，可在 govforms 中导入回预算明细表单。只读取“明细”和“数据资源”两表；公式单元格读取其保存的计算结果，请用 Excel、WPS 或 LibreOffice 保存后再导入。',
} as const;

/** Page footer: page n of N (Excel/WPS/LibreOffice header-footer codes). */
export const PAGE_FOOTER = '&C第 &P 页 / 共 &N 页';

/** Message Excel shows when a typed category is not one of the list. */
export const categoryDropdownError = (labels: string) => `请从下拉列表中选择：${labels}`;
