/** Everything the CLI prints for people, zh-CN first and English second. */
import type { Locale } from '@govforms/core';

const zh = {
  usage: `用法：
  govforms validate <表单标识> <数据.json>          校验一份表单数据
  govforms check <材料.json> [--today YYYY-MM-DD] [--json]
                                                    按《宿迁市市级信息化项目管理办法》检查整套申报材料
  govforms generate <文档类型> <材料.json> -o <输出文件>
                                                    生成 Word 文档或 Excel 预算表
  govforms batch <材料目录> -o <输出目录> [--jobs N]
                                                    为目录中每份材料（*.json）生成全部文档，
                                                    写入 <输出目录>/<材料名>/，多线程并行
选项：
  --json             以 JSON 输出（供程序读取）
  --today 日期        以该日期为“今天”检查期限（默认取北京时间今天）
  --jobs N           batch 的并行线程数（默认每 25 份材料一个线程，最多为 CPU 核数）
  --locale zh-CN|en  输出语言
退出码：0 通过；1 数据无效或存在“错误”级问题；2 用法错误`,
  unknownCommand: (c: string) => `未知的命令“${c}”。`,
  missingArgs: (what: string) => `缺少参数：${what}`,
  unknownFlag: (f: string) => `未知的选项“${f}”`,
  flagNeedsValue: (f: string) => `选项 ${f} 需要一个值`,
  badLocale: (l: string) => `不支持的语言“${l}”，可用：zh-CN、en`,
  badToday: (d: string) => `--today 应为 YYYY-MM-DD 格式的有效日期，收到“${d}”`,
  fileNotFound: (p: string) => `找不到文件：${p}`,
  isDirectory: (p: string) => `这是一个目录，不是文件：${p}`,
  cannotRead: (p: string, code: string) => `无法读取文件 ${p}（${code}）`,
  fileTooLarge: (p: string, max: number) => `文件 ${p} 过大（上限 ${Math.round(max / 1024 / 1024)} MB）`,
  notUtf8: (p: string) => `文件 ${p} 不是 UTF-8 编码的文本`,
  badJson: (p: string, at?: { line: number; column: number }) =>
    `文件 ${p} 不是有效的 JSON${at ? `（第 ${at.line} 行第 ${at.column} 列附近有语法错误）` : ''}`,
  dossierNotObject: '材料文件应为一个 JSON 对象，如 { "application": {…}, "budget": {…} }',
  unknownSection: (k: string, known: string) => `材料中有无法识别的分项“${k}”（可用分项：${known}）`,
  formValid: (title: string, id: string) => `✓ ${title}（${id}）：校验通过`,
  formInvalid: (title: string, id: string, n: number) => `✗ ${title}（${id}）：${n} 处问题`,
  noSections: '材料中没有任何分项，无可检查的内容',
  findingsHeader: (n: number) => `审核要点（${n} 条）：`,
  noFindings: '未发现问题。',
  severity: { error: '错误', warning: '提醒', info: '提示' },
  summary: (errors: number, warnings: number, infos: number) => `合计：错误 ${errors} 条，提醒 ${warnings} 条，提示 ${infos} 条`,
  requires: (docs: string) => `需要材料：${docs}`,
  unknownGenerator: (id: string, known: string) => `未知的文档类型“${id}”。可生成：${known || '（暂无）'}`,
  cannotWrite: (p: string, code: string) => `无法写入 ${p}（${code}），未生成任何文件`,
  generated: (title: string, p: string, bytes: number) => `✓ 已生成${title}：${p}（${(bytes / 1024).toFixed(1)} KB）`,
  internalError: (m: string) => `内部错误：${m}。请将此信息反馈给 govforms 维护者。`,
  notADirectory: (p: string) => `这不是一个目录：${p}`,
  noDossiers: (p: string) => `目录 ${p} 中没有材料文件（*.json）`,
  badJobs: (v: string, max: number) => `--jobs 应为 1 到 ${max} 之间的整数，收到“${v}”`,
  batchProgress: (done: number, total: number, failed: number) => `${done}/${total} 份材料${failed ? `，失败 ${failed} 份` : ''}`,
  batchDone: (file: string, files: number) => `${file}：已生成 ${files} 个文件`,
  batchFailed: (file: string, why: string) => `${file}：${why}`,
  batchSummary: (ok: number, failed: number, files: number, kinds: number, seconds: string, jobs: number) =>
    `批量生成完成：成功 ${ok} 份，失败 ${failed} 份；共写入 ${files} 个文件（每份材料 ${kinds} 个），用时 ${seconds} 秒，${jobs} 个线程`,
};

type CliText = typeof zh;

const en: CliText = {
  usage: `Usage:
  govforms validate <form-id> <data.json>           validate one form's data
  govforms check <dossier.json> [--today YYYY-MM-DD] [--json]
                                                    check a dossier against the Suqian regulation
  govforms generate <document-type> <dossier.json> -o <out>
                                                    generate a Word document or the Excel budget
  govforms batch <dir> -o <outdir> [--jobs N]
                                                    every document for each dossier (*.json) in a
                                                    folder, into <outdir>/<dossier-name>/, in parallel
Options:
  --json             machine-readable output
  --today date       the date to check deadlines against (default: today in China)
  --jobs N           worker threads for batch (default: one per 25 dossiers, at most one per CPU core)
  --locale zh-CN|en  output language
Exit codes: 0 fine; 1 invalid data or an error finding; 2 usage error`,
  unknownCommand: (c) => `Unknown command "${c}".`,
  missingArgs: (what) => `Missing argument: ${what}`,
  unknownFlag: (f) => `Unknown option "${f}"`,
  flagNeedsValue: (f) => `Option ${f} needs a value`,
  badLocale: (l) => `Unsupported locale "${l}"; use zh-CN or en`,
  badToday: (d) => `--today must be a valid YYYY-MM-DD date, got "${d}"`,
  fileNotFound: (p) => `File not found: ${p}`,
  isDirectory: (p) => `This is a directory, not a file: ${p}`,
  cannotRead: (p, code) => `Cannot read ${p} (${code})`,
  fileTooLarge: (p, max) => `${p} is too large (limit ${Math.round(max / 1024 / 1024)} MB)`,
  notUtf8: (p) => `${p} is not UTF-8 text`,
  badJson: (p, at) => `${p} is not valid JSON${at ? ` (syntax error near line ${at.line}, column ${at.column})` : ''}`,
  dossierNotObject: 'A dossier file is a JSON object such as { "application": {…}, "budget": {…} }',
  unknownSection: (k, known) => `Unknown dossier section "${k}" (known: ${known})`,
  formValid: (title, id) => `✓ ${title} (${id}): valid`,
  formInvalid: (title, id, n) => `✗ ${title} (${id}): ${n} problem(s)`,
  noSections: 'The dossier has no sections: nothing to check',
  findingsHeader: (n) => `Findings (${n}):`,
  noFindings: 'No findings.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  summary: (errors, warnings, infos) => `Total: ${errors} error(s), ${warnings} warning(s), ${infos} info`,
  requires: (docs) => `Requires: ${docs}`,
  unknownGenerator: (id, known) => `Unknown document type "${id}". Available: ${known || '(none yet)'}`,
  cannotWrite: (p, code) => `Cannot write ${p} (${code}); no file was written`,
  generated: (title, p, bytes) => `✓ Generated ${title}: ${p} (${(bytes / 1024).toFixed(1)} KB)`,
  internalError: (m) => `Internal error: ${m}. Please report this to the govforms maintainers.`,
  notADirectory: (p) => `Not a directory: ${p}`,
  noDossiers: (p) => `No dossier files (*.json) in ${p}`,
  badJobs: (v, max) => `--jobs must be an integer from 1 to ${max}, got "${v}"`,
  batchProgress: (done, total, failed) => `${done}/${total} dossiers${failed ? `, ${failed} failed` : ''}`,
  batchDone: (file, files) => `${file}: ${files} file(s) written`,
  batchFailed: (file, why) => `${file}: ${why}`,
  batchSummary: (ok, failed, files, kinds, seconds, jobs) =>
    `Batch done: ${ok} succeeded, ${failed} failed; ${files} file(s) written (${kinds} per dossier) in ${seconds} s on ${jobs} thread(s)`,
};

let current: Locale = 'zh-CN';

export function setCliLocale(locale: Locale): void {
  current = locale;
}

export function cliText(): CliText {
  return current === 'en' ? en : zh;
}
