import {
  articleLabel, checkDossier, documentKindLabel, dossierKeys, findFormForDossierKey, formTitle, isIsoDate, isPlainObject, todayInChina,
  validateForm, words, type Dossier, type Finding, type Locale, type ValidationResult,
} from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';
import { formReport } from './validate.js';

interface SectionReport extends ValidationResult { form: string; title: string }

/** Each section the dossier has, validated against its form (the forms' registry says which form). */
function validateSections(dossier: Record<string, unknown>, locale: Locale): Record<string, SectionReport> {
  const reports: Record<string, SectionReport> = {};
  for (const key of dossierKeys()) {
    const form = findFormForDossierKey(key);
    if (!form || !Object.hasOwn(dossier, key)) continue;
    reports[key] = { form: form.id, title: formTitle(form, locale), ...validateForm(form.id, dossier[key], { locale }) };
  }
  return reports;
}

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
  const [file] = args.positionals;
  if (!file) throw new CliFailure(t.missingArgs({ what: t.arguments.check() }), EXIT.usage);
  const today = typeof args.flags.today === 'string' ? args.flags.today : todayInChina();
  if (!isIsoDate(today)) throw new CliFailure(t.badToday({ today }), EXIT.usage);
  const dossier = await readJsonFile(io, file);
  if (!isPlainObject(dossier)) throw new CliFailure(t.dossierNotObject(), EXIT.invalid);
  const knownKeys: readonly string[] = dossierKeys();
  const unknown = Object.keys(dossier).filter((k) => !knownKeys.includes(k));
  const sections = validateSections(dossier, locale);
  const findings = checkDossier(dossier as Dossier, { today, locale });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const valid = unknown.length === 0 && Object.values(sections).every((s) => s.valid);
  const failed = !valid || count('error') > 0 || Object.keys(sections).length === 0;

  if (args.flags.json) {
    const summary = { error: count('error'), warning: count('warning'), info: count('info') };
    io.stdout(JSON.stringify({ today, valid, unknownSections: unknown, sections, findings, summary }, null, 2) + '\n');
    return failed ? EXIT.invalid : EXIT.ok;
  }
  let out = '';
  for (const key of unknown) out += `✗ ${t.unknownSection({ key, known: knownKeys.join(w.listSeparator()) })}\n`;
  if (Object.keys(sections).length === 0) out += `✗ ${t.noSections()}\n`;
  for (const [key, s] of Object.entries(sections)) {
    const form = findFormForDossierKey(key)!;
    out += formReport(form, s.errors, locale, `/${key}`);
  }
  out += findings.length ? `\n${t.findingsHeader({ count: findings.length })}\n${findings.map((f) => formatFinding(f, locale)).join('')}` : `\n${t.noFindings()}\n`;
  const severity = w.severity;
  out += `\n${t.summary({
    error: severity.error(), errors: count('error'), warning: severity.warning(), warnings: count('warning'), info: severity.info(), infos: count('info'),
  })}\n`;
  io.stdout(out);
  return failed ? EXIT.invalid : EXIT.ok;
}
