/**
 * docs/templates.md: every tag each template may use, generated from the form schemas and
 * the templates' own tag lists, so it cannot go stale (a test compares the committed file).
 */
import { chineseNumeral, encodePointerSegment, fieldTitle, formTitle, listForms, type FormDefinition } from '@govforms/core';
import { notFilled } from './dossier-view.js';
import { sharedWords as sw } from './messages.js';
import { fieldKind, type Schema } from './schema-kind.js';
import type { TagDoc } from './template-definition.js';
import { documentTemplates } from './templates.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function describe(schema: Schema, root: Schema): string {
  const kind = fieldKind(schema, root);
  switch (kind.kind) {
    case 'money': return '金额，如“1,500,000.30 元”';
    case 'date': return '日期，如“2024年1月1日”';
    case 'boolean': return `${sw.yes()} / ${sw.no()}`;
    case 'number': return kind.integer ? '整数' : '数字';
    case 'enum': return `选项的中文名称：${[...kind.labels.values()].join(' / ')}`;
    case 'list': {
      const item = fieldKind(kind.items, root);
      if (item.kind === 'object') return '循环（每行一项）；作普通标签时每项一行';
      return `列表，以“${sw.listSeparator()}”连接；也可循环，每项为 {.}${item.kind === 'enum' ? `（${[...item.labels.values()].join(' / ')}）` : ''}`;
    }
    default: return '文本，按原文显示（换行保留）';
  }
}

/** One row per field: its tag, its name (core's titles joined as core's field labels are) and how it shows. */
function schemaRows(form: FormDefinition, schema: Schema, pointer: string, prefix: string, labelPrefix: string, rows: string[]): void {
  const root = form.schema;
  const kind = fieldKind(schema, root);
  if (kind.kind !== 'object') return;
  for (const [key, child] of kind.properties) {
    const tag = prefix ? `${prefix}.${key}` : key;
    const at = `${pointer}/${encodePointerSegment(key)}`;
    const label = labelPrefix ? `${labelPrefix}${sw.pathSeparator()}${fieldTitle(form, at)}` : fieldTitle(form, at);
    const childKind = fieldKind(child, root);
    if (childKind.kind === 'object') {
      rows.push(`| \`{${tag}}\` | ${cell(label)} | 一组字段；作普通标签时为“名称：内容”一行 |`);
      schemaRows(form, child, at, tag, label, rows);
      continue;
    }
    rows.push(`| \`{${tag}}\` | ${cell(label)} | ${cell(describe(child, root))} |`);
    if (childKind.kind === 'money') {
      const bare = label.replace(/（元）$/, '');
      rows.push(`| \`{${tag}Wan}\` | ${cell(bare)}（万元） | 金额，如“150.00003 万元” |`);
      rows.push(`| \`{${tag}Figure}\` | ${cell(label)}（数字） | 不带单位的金额，如“1,500,000.30”，用于列标题已注明“（元）”的表格 |`);
    }
    if (childKind.kind === 'list' && fieldKind(childKind.items, root).kind === 'object') {
      rows.push(`| \`{no}\`（在 \`{#${tag}}\` 内） | 序号 | 从 1 开始 |`);
      const itemRows: string[] = [];
      schemaRows(form, childKind.items, at, '', `${label}中每项`, itemRows);
      rows.push(...itemRows.map((r) => r.replace(/^\| `\{([^}]+)\}`/, `| \`{$1}\`（在 \`{#${tag}}\` 内）`)));
    }
  }
}

function computedRows(tags: readonly TagDoc[], prefix: string, loop: string | undefined, rows: string[]): void {
  for (const t of tags) {
    const name = prefix ? `${prefix}.${t.tag}` : t.tag;
    const where = loop ? `（在 \`{#${loop}}\` 内）` : '';
    const isLoop = t.loop === true;
    rows.push(`| \`{${isLoop ? '#' : ''}${name}}\`${where} | ${cell(t.description)} |`);
    if (t.fields) {
      if (isLoop) computedRows(t.fields, '', name, rows);
      else computedRows(t.fields, name, loop, rows);
    }
  }
}

export function templateTagsMarkdown(): string {
  const out: string[] = [
    '# 文档模板标签一览',
    '',
    '<!-- 本文件由 `npm run docs -w packages/docx` 根据表单 schema 和模板定义生成，请勿手工修改。 -->',
    '',
    `${chineseNumeral(documentTemplates.length)}个 Word 模板（\`templates/<id>/\`）和部门自定义模板（\`renderDocument(id, dossier, { template, mapping })\`）可以使用下列标签。`,
    '',
    '## 写法',
    '',
    '- 普通标签 `{application.projectName}`：字段名，下级字段用“.”连接。只有字段名，没有运算、函数调用或表达式。',
    '- 循环 `{#budget.items}…{/budget.items}`：开始和结束标签在表格同一行的首、末单元格时按行重复；各自独占一段时按段落重复。',
    '- `{^findings}…{/findings}`：列表为空时显示其中的内容。循环内 `{.}` 为当前项本身，`{no}` 为序号。',
    `- 材料中没有填写的字段显示为“${notFilled}”；填写内容按原文显示（特殊字符、花括号原样保留，换行保留）。`,
    '- 标签不存在、写法无效、循环没有结束标签时不生成文档，错误信息列出标签及其所在段落。`{@…}`（插入原始 XML）不受支持。',
    '- 部门模板可用 `mapping` 自定义标签名：`{ "项目名称": "$.application.projectName" }`，值为 JSONPath（以 `$` 开头从整份材料取值，以 `@` 开头从当前循环行取值），取到的是下表中已格式化的内容。含脚本或过滤表达式（如 `?(…)`、`(…)`）的 JSONPath 一律拒绝，不会执行。',
    '',
    '## 新增模板',
    '',
    '每个模板是一个文件夹 `templates/<id>/`：`template.json`（`id` 与文件夹同名；`version` 模板版本号，如 `1.0.0`，记入每份生成的文档；`title` 文档名称；`section` 文档所属的材料分项；`uses` 缺少时给出警告的材料分项；`order` 排列顺序）、`i18n/<语言>.json`（文档在其他语言中的名称，如 `{ "title": "Construction plan" }`）和 Word 源文件（`word/document.xml` 等，`_shared/` 中的样式、字体和页脚各模板共用）。只用下列材料字段的模板只需这些数据文件；需要额外的表格或列表时，再加 `packages/docx/src/mappers/<id>.ts`（默认导出 `{ tags, data }`）。重新构建后，新模板出现在 `renderDocument`、`listDocumentTemplates`、`govforms generate`/`batch` 和演示页中。',
    '',
    '每份文档的“文档属性 › 自定义”中记有 `govforms.madeAt`（生成时间）、`govforms.digest`（数据摘要）、`govforms.rulesVersion`、`govforms.template` 和 `govforms.forms`（表单版本）；部门模板同样记录，模板名为“部门模板 sha256:…”（模板文件的摘要前 12 位）。',
    '',
    '## 所有模板通用',
    '',
    '| 标签 | 说明 |',
    '|---|---|',
    '| `{projectName}` | 项目名称：取本文档所属材料的项目名称，未填时取项目申报表的项目名称 |',
    '| `{documentTitle}` | 文档标题，如“宿迁市食品安全智慧监管平台建设项目建设方案” |',
    '| `{checkedOn}` | 审核要点的检查日期，如“2026年11月25日” |',
    '| `{provenance}` | 生成信息：生成时间（北京时间）、模板及其版本、规则版本、本文档所用表单的版本；内置模板印在页脚页码下方 |',
    '| `{dossierDigest}` | “数据摘要（SHA-256）：…”：整套材料规范化 JSON（RFC 8785）的 SHA-256，与 `govforms check --json` 的 `digest` 相同；内置模板印在页脚 |',
    '',
  ];
  for (const form of listForms()) {
    out.push(`### 材料字段：${formTitle(form)}（\`${form.dossierKey}\`）`, '', '| 标签 | 名称 | 显示为 |', '|---|---|---|');
    const rows: string[] = [];
    schemaRows(form, form.schema, '', form.dossierKey, '', rows);
    out.push(...rows, '');
  }
  for (const def of documentTemplates) {
    out.push(`## ${def.title}（\`${def.id}\`）`, '');
    if (def.tags.length === 0) {
      out.push(`源文件：\`templates/${def.id}/\`。使用通用标签和全部材料字段。`, '');
      continue;
    }
    out.push(`源文件：\`templates/${def.id}/\`，代码：\`packages/docx/src/mappers/${def.id}.ts\`。除通用标签和全部材料字段外，还可使用：`, '', '| 标签 | 说明 |', '|---|---|');
    const rows: string[] = [];
    computedRows(def.tags, '', undefined, rows);
    out.push(...rows, '');
  }
  return out.join('\n');
}
