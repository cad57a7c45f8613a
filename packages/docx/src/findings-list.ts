/**
 * The regulation checks of core's checkDossier as the 审核要点 list of a document, each
 * citing its article (第二十条) and the documents it asks for.
 */
import { articleLabel, checkDossier, documentKindLabel, type Dossier, type Finding } from '@govforms/core';
import { documentWords as w } from './messages.js';
import { literal, type ViewContext } from './dossier-view.js';

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
}

export function findingRows(dossier: unknown, opts: FindingsOptions, ctx: ViewContext): FindingRow[] {
  const findings: Finding[] = checkDossier(dossier as Dossier, { today: opts.today, locale: 'zh-CN' });
  return findings
    .filter((f) => !opts.articles || opts.articles.includes(f.article))
    .map((f, i) => ({
      no: String(i + 1),
      severity: w.severity[f.severity],
      article: articleLabel(f.article),
      // Messages quote the applicant's values (dates, amounts); keep them XML-safe too.
      message: literal(f.message, ctx, { path: f.path ?? '', label: articleLabel(f.article) }),
      requires: f.requires?.length ? w.requires(f.requires.map((k) => documentKindLabel(k)).join(w.listSeparator)) : '',
    }));
}
