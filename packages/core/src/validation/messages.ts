import type { Locale } from '../types.js';

/** What one failed Ajv keyword means, in words a form filler reads. */
export interface KeywordFacts {
  keyword: string;
  params: Record<string, unknown>;
  /** Labels of allowed options, for oneOf/enum/const. */
  options?: string[];
}

type Catalog = {
  fieldSeparator: string;
  itemLabel: (index: number) => string;
  root: string;
  describe: (f: KeywordFacts) => string;
};

const zhType: Record<string, string> = {
  number: '应为数字', integer: '应为整数', string: '应为文本', boolean: '应为“是”或“否”',
  object: '应为一组字段（对象）', array: '应为列表', null: '应为空',
};
const zhFormat: Record<string, string> = {
  date: '应为日期，格式 YYYY-MM-DD（如 2024-09-30）',
  email: '应为有效的电子邮箱地址',
  yuan: '金额最多保留两位小数（精确到分）',
  decimal2: '最多保留两位小数',
  uscc: '不是有效的统一社会信用代码（应为 18 位，且校验位正确）',
  phone: '应为手机号码或带区号的固定电话（如 0527-84367890）',
};
const enType: Record<string, string> = {
  number: 'must be a number', integer: 'must be a whole number', string: 'must be text',
  boolean: 'must be yes or no', object: 'must be a group of fields', array: 'must be a list', null: 'must be empty',
};
const enFormat: Record<string, string> = {
  date: 'must be a date as YYYY-MM-DD (e.g. 2024-09-30)',
  email: 'must be a valid e-mail address',
  yuan: 'must have at most two decimals (fen)',
  decimal2: 'must have at most two decimals',
  uscc: 'is not a valid unified social credit code (18 characters with a correct check character)',
  phone: 'must be a mobile number or a landline with area code (e.g. 0527-84367890)',
};

function list(options: string[] | undefined, sep: string): string {
  const o = options ?? [];
  return o.length > 8 ? o.slice(0, 8).join(sep) + sep + '…' : o.join(sep);
}

const zh: Catalog = {
  fieldSeparator: '·',
  itemLabel: (i) => `第${i + 1}项`,
  root: '表单',
  describe({ keyword, params: p, options }) {
    switch (keyword) {
      case 'required': return '为必填项';
      case 'type': return zhType[String(p.type)] ?? `类型应为 ${String(p.type)}`;
      case 'minimum': return `不能小于 ${String(p.limit)}`;
      case 'exclusiveMinimum': return `应大于 ${String(p.limit)}`;
      case 'maximum': return `不能大于 ${String(p.limit)}`;
      case 'exclusiveMaximum': return `应小于 ${String(p.limit)}`;
      case 'minLength': return p.limit === 1 ? '不能为空' : `至少 ${String(p.limit)} 个字`;
      case 'maxLength': return `不能超过 ${String(p.limit)} 个字`;
      case 'minItems': return p.limit === 1 ? '至少填写一项' : `至少填写 ${String(p.limit)} 项`;
      case 'maxItems': return `最多 ${String(p.limit)} 项`;
      case 'uniqueItems': return `不能重复（第${Number(p.j) + 1}项与第${Number(p.i) + 1}项相同）`;
      case 'format': return zhFormat[String(p.format)] ?? `格式不正确（${String(p.format)}）`;
      case 'oneOf': case 'enum': case 'const': return `应为以下选项之一：${list(options, '、')}`;
      case 'additionalProperties': return `含有本表单没有的字段“${String(p.additionalProperty)}”`;
      case 'pattern': return '格式不正确';
      default: return `不符合要求（${keyword}）`;
    }
  },
};

const en: Catalog = {
  fieldSeparator: ' › ',
  itemLabel: (i) => ` (item ${i + 1})`,
  root: 'form',
  describe({ keyword, params: p, options }) {
    switch (keyword) {
      case 'required': return 'is required';
      case 'type': return enType[String(p.type)] ?? `must be of type ${String(p.type)}`;
      case 'minimum': return `must be at least ${String(p.limit)}`;
      case 'exclusiveMinimum': return `must be greater than ${String(p.limit)}`;
      case 'maximum': return `must be at most ${String(p.limit)}`;
      case 'exclusiveMaximum': return `must be less than ${String(p.limit)}`;
      case 'minLength': return p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} characters`;
      case 'maxLength': return `must have at most ${String(p.limit)} characters`;
      case 'minItems': return `needs at least ${String(p.limit)} item(s)`;
      case 'maxItems': return `may have at most ${String(p.limit)} items`;
      case 'uniqueItems': return `must not repeat (items ${Number(p.j) + 1} and ${Number(p.i) + 1} are the same)`;
      case 'format': return enFormat[String(p.format)] ?? `has the wrong format (${String(p.format)})`;
      case 'oneOf': case 'enum': case 'const': return `must be one of: ${list(options, ', ')}`;
      case 'additionalProperties': return `has a field this form does not know: "${String(p.additionalProperty)}"`;
      case 'pattern': return 'has the wrong format';
      default: return `is not acceptable (${keyword})`;
    }
  },
};

export const validationCatalog: Record<Locale, Catalog> = { 'zh-CN': zh, en };
