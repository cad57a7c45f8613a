/**
 * Every word the embed shows a person or prints for a portal developer, zh-CN first and
 * English second. The draft store's own messages (storage warnings, corrupted drafts) come
 * from @govforms/core's catalogue.
 */
import type { Locale } from '@govforms/core';

const zh = {
  submit: '提交',
  close: '关闭',
  draftLoading: '正在载入草稿…',
  draftSaving: '正在保存草稿…',
  draftSaved: (time: string) => `草稿已自动保存（${time}）`,
  draftMemoryOnly: '草稿仅保存在当前页面，请及时导出',
  draftOnHold: '本页的修改暂未保存为草稿',
  exportDraft: '导出草稿',
  importDraft: '导入草稿',
  draftFileName: (title: string, stamp: string) => `${title}-草稿-${stamp}.json`,
  restored: (time: string) => `已恢复 ${time} 自动保存的草稿。`,
  useProvidedData: '改用页面提供的数据',
  migrated: (from: string, to: string) => `该草稿保存于表单的 ${from} 版，已自动升级到当前的 ${to} 版：`,
  unresolved: '以下内容未能自动调整，已保留原样，请核对：',
  otherTabSaved: (time: string) =>
    `此草稿已在另一个窗口或标签页中保存（${time}）。可以载入最新内容；若继续在本页修改，将请您选择保留哪一份。`,
  conflict: (time: string) =>
    `此草稿已在另一个窗口或标签页中修改（${time}）。为避免互相覆盖，本页的修改暂未保存，请选择：`,
  loadLatest: '载入最新内容',
  keepMine: '保留本页内容',
  removedElsewhere: '此草稿已在另一个窗口或标签页中删除；本页内容将在下次修改时重新保存。',
  draftOnHoldDetail: '原草稿仍保留在浏览器中，本页的修改暂不保存，以免覆盖它。',
  replaceStored: '用本页内容替换原草稿',
  imported: (time: string) => `已导入草稿（保存于 ${time}）。`,
  importFailed: (problem: string) => `草稿导入失败：${problem}`,
  saveFailed: (problem: string) => `草稿未能保存：${problem}`,
  invalidOnSubmit: (n: number) => `还有 ${n} 处需要修改，请修改后再提交。`,
  missingElement: (what: string) =>
    `找不到要放置表单的页面元素（${what}）。请检查 mount() 的第一个参数，例如 document.getElementById('gov-form')。`,
  badOptions: 'mount() 的第二个参数应为对象，例如 { form: "application" }。',
  missingForm: '缺少表单编号：请设置 form（如 form="application"）。',
  badDraftId: '草稿编号（draftId / draft-id）应为不超过 200 个字符的非空文本。',
  initialDataRejected: (problem: string) => `页面提供的表单数据无法使用，表单从空白开始：${problem}`,
  setDataRejected: (problem: string) => `数据未载入，表单内容保持不变：${problem}`,
  destroyed: '表单已关闭（destroy() 之后不能再使用）。',
  exportScriptFailed: (url: string) =>
    `无法载入导出组件 ${url}。请确认 govforms-export.js 与 govforms.iife.js 放在同一目录，或用 GovForms.configure({ exportScriptUrl }) 指定其地址。`,
  exportScriptMissing: '无法确定导出组件 govforms-export.js 的地址，请用 GovForms.configure({ exportScriptUrl }) 指定。',
  unexpected: (problem: string) => `表单出现意外错误，已填写的内容和草稿未受影响：${problem}`,
  cspBlocksEval:
    "表单无法显示：本页面的内容安全策略（Content-Security-Policy）禁止了表单校验所需的脚本编译。请门户管理员在 script-src 中加入 'unsafe-eval'。",
};

export type EmbedMessages = typeof zh;

const en: EmbedMessages = {
  submit: 'Submit',
  close: 'Close',
  draftLoading: 'Loading the draft…',
  draftSaving: 'Saving the draft…',
  draftSaved: (time) => `Draft saved automatically (${time})`,
  draftMemoryOnly: 'The draft is kept in this page only; export it in time',
  draftOnHold: 'Changes in this page are not saved as a draft yet',
  exportDraft: 'Export draft',
  importDraft: 'Import draft',
  draftFileName: (title, stamp) => `${title}-draft-${stamp}.json`,
  restored: (time) => `Restored the draft saved automatically at ${time}.`,
  useProvidedData: "Use the page's data instead",
  migrated: (from, to) => `This draft was saved with version ${from} of the form and has been upgraded to the current ${to}:`,
  unresolved: 'These values could not be adjusted automatically and were left as they were; please check them:',
  otherTabSaved: (time) =>
    `This draft was saved in another window or tab (${time}). You can load the latest version; if you go on editing here, you will be asked which one to keep.`,
  conflict: (time) =>
    `This draft was changed in another window or tab (${time}). To avoid overwriting each other, the changes in this page are not saved yet. Please choose:`,
  loadLatest: 'Load the latest version',
  keepMine: 'Keep this page’s version',
  removedElsewhere: 'This draft was deleted in another window or tab; this page’s content will be saved again with the next change.',
  draftOnHoldDetail: 'The stored draft is kept in the browser; changes in this page are not saved so as not to overwrite it.',
  replaceStored: 'Replace the stored draft with this page',
  imported: (time) => `Draft imported (saved at ${time}).`,
  importFailed: (problem) => `The draft could not be imported: ${problem}`,
  saveFailed: (problem) => `The draft could not be saved: ${problem}`,
  invalidOnSubmit: (n) => `${n} ${n === 1 ? 'field needs' : 'fields need'} attention before submitting.`,
  missingElement: (what) =>
    `The page element for the form was not found (${what}). Check the first argument of mount(), e.g. document.getElementById('gov-form').`,
  badOptions: 'The second argument of mount() must be an object, e.g. { form: "application" }.',
  missingForm: 'The form id is missing: set form (e.g. form="application").',
  badDraftId: 'A draft id (draftId / draft-id) must be non-empty text of at most 200 characters.',
  initialDataRejected: (problem) => `The data given by the page cannot be used; the form starts empty: ${problem}`,
  setDataRejected: (problem) => `The data was not loaded; the form is unchanged: ${problem}`,
  destroyed: 'The form was closed (it cannot be used after destroy()).',
  exportScriptFailed: (url) =>
    `The export component ${url} could not be loaded. Put govforms-export.js beside govforms.iife.js, or give its address with GovForms.configure({ exportScriptUrl }).`,
  exportScriptMissing: 'The address of the export component govforms-export.js is unknown; give it with GovForms.configure({ exportScriptUrl }).',
  unexpected: (problem) => `Unexpected error in the form; what was typed and the draft are unaffected: ${problem}`,
  cspBlocksEval:
    "The form cannot be shown: this page's Content-Security-Policy forbids compiling the form's validators. Ask the portal's administrator to add 'unsafe-eval' to script-src.",
};

export const embedMessages: Record<Locale, EmbedMessages> = { 'zh-CN': zh, en };

/** Any language tag: English for en, en-US, …; zh-CN for everything else. */
export function toLocale(tag: unknown): Locale {
  return typeof tag === 'string' && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

export const messagesFor = (locale: Locale): EmbedMessages => embedMessages[locale];

/** A saved-at timestamp as people read it, in their own time zone: "11月25日 14:02:31", "Nov 25, 14:02:31". */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toLocaleTimeString('en-GB', { hour12: false });
  if (locale === 'en') return `${date.toLocaleDateString('en', { month: 'short', day: 'numeric' })}, ${time}`;
  return `${date.getMonth() + 1}月${date.getDate()}日 ${time}`;
}
