/**
 * The regulation checks of core's checkDossier as the 审核要点 list of a document, each
 * citing its article (第二十条) and the documents it asks for.
 */
import { SOURCE_LOCALE, articleLabel, checkDossier, documentKindLabel, type Dossier, type Finding } from '@govforms/core';
import { literal, type ViewContext } from './dossier-view.js';
import { documentWords as w, sharedWords as sw } from './messages.js';

export interface FindingRow {
  no: string;
  severity: string;
  article: string;
  message: string;
  /** "需要材料：…", or empty. */
  requires: string;
}

export interface FindingsOptions {
  today: string;
  /** Only findings citing one of these articles; all when absent. */
  articles?: readonly number[];
  /** Only findings whose rule id matches (e.g. the self-evaluation's of 第三十六条, not the annual report's). */
  ruleIds?: RegExp;
  /** The dossier's findings when the caller has them already (zh-CN); otherwise checked here. */
  findings?: readonly Finding[];
}

export function findingRows(dossier: unknown, opts: FindingsOptions, ctx: ViewContext): FindingRow[] {
  // The document is Chinese whatever the caller's locale.
  const findings = opts.findings ?? checkDossier(dossier as Dossier, { today: opts.today, locale: SOURCE_LOCALE });
  return findings
    .filter((f) => (!opts.articles || opts.articles.includes(f.article)) && (!opts.ruleIds || opts.ruleIds.test(f.ruleId)))
    .map((f, i) => ({
      no: String(i + 1),
      severity: sw.severity[f.severity](),
      article: articleLabel(f.article),
      // Messages quote the applicant's values (dates, amounts); keep them XML-safe too.
      message: literal(f.message, ctx, f.path ?? '', () => articleLabel(f.article, ctx.locale)),
      requires: f.requires?.length ? w.requires({ documents: f.requires.map((k) => documentKindLabel(k)).join(sw.listSeparator()) }) : '',
    }));
}
