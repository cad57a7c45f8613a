import {
  articleLabel, documentKindLabel, dossierKeys, dossierReport, findFormForDossierKey, words,
  type Finding, type Locale,
} from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readDossierArgs } from '../dossier-args.js';
import { formReport } from './validate.js';

function formatFinding(f: Finding, locale: Locale): string {
  const t = cliText();
  const w = words(locale);
  const requires = f.requires?.length ? t.requires({ documents: f.requires.map((k) => documentKindLabel(k, locale)).join(w.listSeparator()) }) : undefined;
  const details = [f.path, requires].filter(Boolean).join('  ');
  return `  [${w.severity[f.severity]()}] ${articleLabel(f.article, locale)}  ${f.message}\n${details ? `         ${details}\n` : ''}`;
}

/** `govforms check <dossier.json> [--today D] [--json]` */
export async function checkCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const w = words(locale);
  const { dossier, today } = await readDossierArgs(args, io, t.arguments.check());
  const report = dossierReport(dossier, { today, locale });
  const { sections, findings, summary, unknownSections: unknown } = report;
  const failed = !report.valid || summary.error > 0 || Object.keys(sections).length === 0;

  if (args.flags.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    return failed ? EXIT.invalid : EXIT.ok;
  }
  let out = '';
  for (const key of unknown) out += `✗ ${t.unknownSection({ key, known: dossierKeys().join(w.listSeparator()) })}\n`;
  if (Object.keys(sections).length === 0) out += `✗ ${t.noSections()}\n`;
  for (const [key, s] of Object.entries(sections)) {
    const form = findFormForDossierKey(key)!;
    out += formReport(form, s.errors, locale, `/${key}`);
  }
  out += findings.length ? `\n${t.findingsHeader({ count: findings.length })}\n${findings.map((f) => formatFinding(f, locale)).join('')}` : `\n${t.noFindings()}\n`;
  const severity = w.severity;
  out += `\n${t.summary({
    error: severity.error(), errors: summary.error, warning: severity.warning(), warnings: summary.warning, info: severity.info(), infos: summary.info,
  })}\n`;
  out += `${t.digest({ digest: report.digest, rules: report.rulesVersion })}\n`;
  io.stdout(out);
  return failed ? EXIT.invalid : EXIT.ok;
}
