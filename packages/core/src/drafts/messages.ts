/**
 * Every word the draft store and the form migrations show a user, zh-CN first and English
 * second. Errors are thrown as GovformsError with one of these messages; warnings carry
 * their code so a UI can pick its own words.
 */
import type { FormDefinition, Locale } from '../types.js';

const zh = {
  // Drafts in the browser
  corrupted: (form: string, draftId: string, problem: string) =>
    `草稿已损坏，无法打开（表单“${form}”，草稿“${draftId}”）：${problem}。草稿未被删除，请联系技术支持；确认不再需要后可手动删除。`,
  notAnObject: '记录不是一个对象',
  badField: (name: string) => `字段“${name}”缺失或格式错误`,
  keyMismatch: '记录中的表单或草稿编号与其存放位置不一致',
  draftIdInvalid: '草稿编号应为不超过 200 个字符的非空文本',
  dataNotObject: '表单数据应为一组字段（对象），不能是文本、数字或列表',
  dataNotCloneable: '表单数据中含有无法保存的内容（如函数或循环引用）',
  dataOfAnotherForm: (form: string, keys: string, other?: string) =>
    `这些数据不属于表单“${form}”：${keys} 都不是该表单的字段${other ? `，看起来是“${other}”的数据` : ''}。`,
  storeClosed: '草稿存储已关闭，请重新打开后再试。',
  storageUnavailable: '浏览器存储不可用（可能处于无痕或隐私浏览模式）：草稿只保存在当前页面中，刷新或关闭页面后将丢失，请及时导出草稿。',
  storageFull: '浏览器存储空间已满：最近的修改只保存在当前页面中，刷新或关闭页面后将丢失。请清理浏览器存储空间或导出草稿。',
  storageReadFailed: '无法读取浏览器中保存的草稿，请刷新页面后再试；草稿未被删除。',
  removeFailed: '草稿未能从浏览器存储中删除，请刷新页面后再试。',
  storageFailed: '草稿未能写入浏览器存储：最近的修改只保存在当前页面中，刷新或关闭页面后将丢失，请导出草稿。',
  // Versions and migrations
  versionInvalid: (version: string) => `表单版本“${version}”无效，应为“主版本.次版本.修订号”（如 1.0.0）。`,
  newerVersion: (form: string, version: string, current: string) =>
    `草稿保存于表单“${form}”的 ${version} 版，比当前的 ${current} 版更新，无法打开。请刷新页面使用最新版本；草稿仍然保留。`,
  noMigration: (form: string, version: string, current: string) =>
    `无法把表单“${form}”的草稿从 ${version} 版升级到当前的 ${current} 版：缺少对应的迁移规则。草稿仍然保留，请联系技术支持。`,
  migrationInvalid: (file: string, problem: string) => `迁移文件 ${file} 无效：${problem}`,
  // What is wrong in a migration file (read by the form's author)
  problem: {
    unknownOp: (op: string, known: string[]) => `未知的操作 ${op}（可用：${known.join('、')}）`,
    unknownOpFields: (op: string, fields: string[]) => `操作 ${op} 不认识的字段：${fields.join('、')}`,
    wildcardAtEnd: (name: string) => `${name} 不能以“*”结尾`,
    wildcardCount: 'move 的 from 和 to 中“*”的个数应相同',
    moveIntoItself: 'move 的 from 和 to 不能互相包含（把文本变成一组字段请用 wrap）',
    missingValue: 'set-default 缺少 value',
    wrapKey: 'wrap 的 key 应为非空文本',
    renameMap: 'rename-option 的 map 应为“旧值: 新值”的对象',
    notObject: '文件内容应为对象',
    unknownFields: (fields: string[]) => `不认识的字段：${fields.join('、')}`,
    versions: 'from 和 to 应为版本号，如 1.0.0',
    backwards: 'to 应比 from 更新',
    fileName: (name: string) => `文件名应为 ${name}`,
    description: '缺少 description（中文说明）',
    descriptionEn: 'descriptionEn 应为文本',
    operations: 'operations 应为列表',
    atOperation: (n: number, problem: string) => `第 ${n} 个操作：${problem}`,
    sameStart: (other: string) => `与 ${other} 起始版本相同`,
  },
  pointerUnsafe: (pointer: string) => `路径“${pointer}”无效：应以“/”开头，且不得含有 __proto__、constructor、prototype`,
  targetTaken: (from: string, to: string) => `“${from}”的内容未移到“${to}”：目标位置已有内容，原内容保留在原处，请手动核对`,
  parentNotObject: (path: string) => `无法写入“${path}”：其上一级不是一组字段，原内容保留在原处，请手动核对`,
  // Draft files
  fileNotText: '草稿文件应为文本（JSON）。',
  fileTooLarge: (mb: number) => `草稿文件过大（超过 ${mb} MB），无法导入。`,
  fileNotJson: '文件内容不是有效的 JSON，可能已损坏或不完整。',
  fileNotDraft: '这不是 govforms 草稿文件（缺少 "govforms": "draft" 标记）。',
  fileBadField: (name: string) => `草稿文件中的字段“${name}”缺失或格式错误。`,
  fileOfAnotherForm: (fileForm: string, expected: string) => `该草稿属于表单“${fileForm}”，不能导入到“${expected}”。`,
};

export type DraftMessages = typeof zh;

const en: DraftMessages = {
  corrupted: (form, draftId, problem) =>
    `The draft is corrupted and cannot be opened (form "${form}", draft "${draftId}"): ${problem}. It has not been deleted; please contact support, and delete it yourself once it is no longer needed.`,
  notAnObject: 'the record is not an object',
  badField: (name) => `the field "${name}" is missing or malformed`,
  keyMismatch: 'the form or draft id in the record does not match where it is stored',
  draftIdInvalid: 'A draft id must be non-empty text of at most 200 characters.',
  dataNotObject: 'Form data must be a group of fields (an object), not text, a number or a list.',
  dataNotCloneable: 'The form data holds something that cannot be saved (a function or a cycle).',
  dataOfAnotherForm: (form, keys, other) =>
    `This data does not belong to the form "${form}": ${keys} are not fields of it${other ? `; it looks like data of "${other}"` : ''}.`,
  storeClosed: 'The draft store is closed; open it again and retry.',
  storageUnavailable: 'Browser storage is unavailable (private browsing?): the draft is kept only in this page and is lost on reload or close. Export it in time.',
  storageFull: 'Browser storage is full: recent changes are kept only in this page and are lost on reload or close. Free some storage or export the draft.',
  storageReadFailed: 'The drafts saved in this browser cannot be read; reload the page and retry. Nothing was deleted.',
  removeFailed: 'The draft could not be deleted from browser storage; reload the page and retry.',
  storageFailed: 'The draft could not be written to browser storage: recent changes are kept only in this page and are lost on reload or close. Export the draft.',
  versionInvalid: (version) => `The form version "${version}" is invalid; expected major.minor.patch (e.g. 1.0.0).`,
  newerVersion: (form, version, current) =>
    `The draft was saved with version ${version} of the form "${form}", newer than the current ${current}, and cannot be opened. Reload the page to use the latest version; the draft is kept.`,
  noMigration: (form, version, current) =>
    `The draft of "${form}" cannot be upgraded from version ${version} to the current ${current}: no migration exists. The draft is kept; please contact support.`,
  migrationInvalid: (file, problem) => `The migration file ${file} is invalid: ${problem}`,
  problem: {
    unknownOp: (op, known) => `unknown operation ${op} (known: ${known.join(', ')})`,
    unknownOpFields: (op, fields) => `operation ${op} has unknown fields: ${fields.join(', ')}`,
    wildcardAtEnd: (name) => `${name} may not end in "*"`,
    wildcardCount: 'from and to of a move need the same number of "*"',
    moveIntoItself: 'from and to of a move may not contain each other (use wrap to turn text into a group)',
    missingValue: 'set-default needs a value',
    wrapKey: 'the key of wrap must be non-empty text',
    renameMap: 'the map of rename-option must be an object of "old: new" texts',
    notObject: 'the file must hold an object',
    unknownFields: (fields) => `unknown fields: ${fields.join(', ')}`,
    versions: 'from and to must be versions such as 1.0.0',
    backwards: 'to must be newer than from',
    fileName: (name) => `the file must be named ${name}`,
    description: 'description (in Chinese) is missing',
    descriptionEn: 'descriptionEn must be text',
    operations: 'operations must be a list',
    atOperation: (n, problem) => `operation ${n}: ${problem}`,
    sameStart: (other) => `starts from the same version as ${other}`,
  },
  pointerUnsafe: (pointer) => `The path "${pointer}" is invalid: it must start with "/" and may not contain __proto__, constructor or prototype`,
  targetTaken: (from, to) => `"${from}" was not moved to "${to}": the target already holds a value; the original stays where it was, please check it`,
  parentNotObject: (path) => `Cannot write "${path}": its parent is not a group of fields; the original stays where it was, please check it`,
  fileNotText: 'A draft file must be text (JSON).',
  fileTooLarge: (mb) => `The draft file is too large (over ${mb} MB) to import.`,
  fileNotJson: 'The file is not valid JSON; it may be damaged or incomplete.',
  fileNotDraft: 'This is not a govforms draft file (the "govforms": "draft" marker is missing).',
  fileBadField: (name) => `The field "${name}" of the draft file is missing or malformed.`,
  fileOfAnotherForm: (fileForm, expected) => `This draft belongs to the form "${fileForm}" and cannot be imported into "${expected}".`,
};

export const draftMessages: Record<Locale, DraftMessages> = { 'zh-CN': zh, en };

export function messagesFor(locale: Locale | undefined): DraftMessages {
  return draftMessages[locale ?? 'zh-CN'] ?? zh;
}

export function formTitle(form: FormDefinition, locale: Locale | undefined): string {
  return locale === 'en' ? form.titleEn : form.title;
}
