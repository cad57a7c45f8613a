/**
 * Every word @govforms/docx writes for people: the words placed in documents and the
 * errors and warnings it reports, zh-CN first and English second. Documents are always
 * Chinese; `en` is for developers reading errors and warnings.
 */
import type { Locale, Severity } from '@govforms/core';

const zh = {
  // Words placed in documents.
  notFilled: '（未填写）',
  yes: '是',
  no: '否',
  provided: '已提供',
  notProvided: '未提供',
  yuan: (amount: string) => `${amount} 元`,
  wan: (amount: string) => `${amount} 万元`,
  yuanAndWan: (yuan: string, wan: string) => `${yuan}（${wan}）`,
  date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  percent: (v: string) => `${v}%`,
  years: (v: string) => `${v} 年`,
  listSeparator: '、',
  labelSeparator: '·',
  fieldSeparator: '；',
  labelled: (label: string, value: string) => `${label}：${value}`,
  severity: { error: '错误', warning: '提醒', info: '提示' } as Record<Severity, string>,
  requires: (docs: string) => `需要材料：${docs}`,
  dataResourcesRow: '数据资源成本费用',
  totalRow: '合计',
  noYear: '未分年度',
  yearLabel: (y: string) => `${y}年`,
  documentTitle: (project: string, document: string) => `${project}${document}`,
  checklistTitle: (form: string) => `${form}清单`,
  otherMaterial: '其他已提交材料',

  // Warnings: the document was written, but something in the dossier could not be shown as given.
  warnWrongType: (field: string, expected: string) => `${field}：应为${expected}，已按原文显示`,
  warnUnreadable: (field: string, expected: string) => `${field}：应为${expected}，无法显示，按“（未填写）”处理`,
  warnUnknownOption: (field: string, value: string) => `${field}：“${value}”不是可选项，已按原文显示`,
  warnInvalidChars: (field: string) => `${field}：含有 Word 文档不能容纳的控制字符或残缺字符，已删除或替换为 �`,
  warnSectionMissing: (section: string) => `材料中没有“${section}”，相关内容显示为“（未填写）”`,
  warnBudgetProblem: (path: string) => `预算明细 ${path}：金额或费用类别无法读取，未计入合计`,
  warnMappingEmpty: (tag: string, path: string) => `映射标签“${tag}”（${path}）在材料中没有对应的数据，显示为“（未填写）”`,
  expected: { text: '文本', number: '数字', integer: '整数', money: '金额（元）', boolean: '“是”或“否”', date: 'YYYY-MM-DD 格式的日期', object: '一组字段', list: '列表' },

  // Errors: no document is written.
  unknownTemplate: (id: string, known: string) => `未知的文档模板：“${id}”。可用的模板有：${known}`,
  templateNotBytes: '自定义模板应为 .docx 文件的字节（Uint8Array）',
  templateUnreadable: (why: string) => `无法读取自定义模板：${why}`,
  notADocx: '不是有效的 Word 文档（.docx）',
  templateProblems: (n: number, list: string) => `模板中有 ${n} 处标签错误，未生成文档：\n${list}`,
  inParagraph: (problem: string, paragraph: string) => `${problem}（所在段落：“${paragraph}”）`,
  unknownTag: (tag: string) => `标签 {${tag}} 在材料和映射中都不存在`,
  unknownLoop: (tag: string) => `循环 {#${tag}} 在材料和映射中都不存在`,
  badTagSyntax: (tag: string) => `标签 {${tag}} 的写法无效：标签名只能是字段名，用“.”连接下级字段，如 {application.projectName}`,
  rawXmlTag: (tag: string) => `标签 {@${tag}} 会插入原始 XML，出于安全原因不支持`,
  unclosedLoop: (tag: string) => `循环 {#${tag}} 没有对应的结束标签 {/${tag}}`,
  unopenedLoop: (tag: string) => `结束标签 {/${tag}} 没有对应的开始标签 {#${tag}}`,
  loopMismatch: (open: string, close: string) => `循环 {#${open}} 被 {/${close}} 结束，开始与结束标签应同名`,
  unclosedTag: (tag: string) => `标签“{${tag}”缺少右花括号 }`,
  unopenedTag: (tag: string) => `标签“${tag}}”缺少左花括号 {`,
  duplicateDelimiter: (tag: string) => `“${tag}”附近有重复的花括号`,
  unbalancedLoops: (tags: string) => `循环标签交错：${tags}，表格中的循环应在同一行开始和结束`,
  otherTemplateProblem: (what: string) => `模板有错误：${what}`,
  mappingNotObject: '映射应为一个 JSON 对象：{ "标签名": "JSONPath" }',
  mappingBadTag: (tag: string) => `映射中的标签名“${tag}”无效：不能包含空白、花括号或“.”`,
  mappingNotPath: (tag: string) => `映射“${tag}”的值应为以 $ 或 @ 开头的 JSONPath 文本，如 "$.application.projectName"`,
  mappingScript: (tag: string, path: string) => `映射“${tag}”的 JSONPath（${path}）含有脚本表达式，出于安全原因拒绝执行`,
  mappingInvalid: (tag: string, path: string) => `映射“${tag}”的 JSONPath（${path}）写法无效`,
  badToday: (today: string) => `“今天”应为 YYYY-MM-DD 格式的日期：${today}`,
};

type DocxText = typeof zh;

const en: DocxText = {
  ...zh,
  warnWrongType: (field, expected) => `${field}: expected ${expected}; shown as given`,
  warnUnreadable: (field, expected) => `${field}: expected ${expected}; cannot be shown, treated as not filled in`,
  warnUnknownOption: (field, value) => `${field}: "${value}" is not one of the options; shown as given`,
  warnInvalidChars: (field) => `${field}: control or broken characters a Word document cannot hold were removed or replaced with �`,
  warnSectionMissing: (section) => `The dossier has no "${section}"; its fields show as not filled in`,
  warnBudgetProblem: (path) => `Budget ${path}: amount or category unreadable, left out of the totals`,
  warnMappingEmpty: (tag, path) => `Mapped tag "${tag}" (${path}) matches nothing in the dossier; shown as not filled in`,
  expected: { text: 'text', number: 'a number', integer: 'an integer', money: 'an amount in yuan', boolean: 'yes or no', date: 'a YYYY-MM-DD date', object: 'a group of fields', list: 'a list' },
  unknownTemplate: (id, known) => `Unknown document template "${id}". Available: ${known}`,
  templateNotBytes: 'A custom template must be the bytes of a .docx file (Uint8Array)',
  templateUnreadable: (why) => `Cannot read the custom template: ${why}`,
  notADocx: 'not a valid Word document (.docx)',
  templateProblems: (n, list) => `The template has ${n} tag error(s); no document was written:\n${list}`,
  inParagraph: (problem, paragraph) => `${problem} (in the paragraph "${paragraph}")`,
  unknownTag: (tag) => `Tag {${tag}} exists neither in the dossier nor in the mapping`,
  unknownLoop: (tag) => `Loop {#${tag}} exists neither in the dossier nor in the mapping`,
  badTagSyntax: (tag) => `Tag {${tag}} is malformed: a tag is a field name, with "." for sub-fields, e.g. {application.projectName}`,
  rawXmlTag: (tag) => `Tag {@${tag}} would insert raw XML and is not supported for safety`,
  unclosedLoop: (tag) => `Loop {#${tag}} has no closing tag {/${tag}}`,
  unopenedLoop: (tag) => `Closing tag {/${tag}} has no opening tag {#${tag}}`,
  loopMismatch: (open, close) => `Loop {#${open}} is closed by {/${close}}; both must have the same name`,
  unclosedTag: (tag) => `Tag "{${tag}" has no closing brace }`,
  unopenedTag: (tag) => `Tag "${tag}}" has no opening brace {`,
  duplicateDelimiter: (tag) => `Duplicate braces near "${tag}"`,
  unbalancedLoops: (tags) => `Interleaved loop tags: ${tags}; a loop in a table starts and ends in the same row`,
  otherTemplateProblem: (what) => `Template error: ${what}`,
  mappingNotObject: 'A mapping is a JSON object: { "tag name": "JSONPath" }',
  mappingBadTag: (tag) => `Mapping tag name "${tag}" is invalid: no whitespace, braces or "."`,
  mappingNotPath: (tag) => `Mapping "${tag}" must be JSONPath text starting with $ or @, e.g. "$.application.projectName"`,
  mappingScript: (tag, path) => `Mapping "${tag}" has a script expression in its JSONPath (${path}); refused for safety`,
  mappingInvalid: (tag, path) => `Mapping "${tag}" has a malformed JSONPath (${path})`,
  badToday: (today) => `"today" must be a YYYY-MM-DD date: ${today}`,
};

/** The catalogue for a locale (errors and warnings); document words are always zh-CN. */
export function docxText(locale: Locale = 'zh-CN'): DocxText {
  return locale === 'en' ? en : zh;
}

/** Words placed in documents (always Chinese). */
export const documentWords = zh;
