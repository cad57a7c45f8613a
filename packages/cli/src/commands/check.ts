import {
  articleLabel, checkDossier, formForDossierKey, isIsoDate, listForms, todayInChina, validateForm,
  documentKindLabel, type DossierKey, type Finding, type Locale, type ValidationResult,
} from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';
import { formatErrors } from './validate.js';

interface SectionReport extends ValidationResult { form: string; title: string }

function validateSections(dossier: Record<string, unknown>, locale: Locale): Partial<Record<DossierKey, SectionReport>> {
  const reports: Partial<Record<DossierKey, SectionReport>> = {};
  for (const form of listForms()) {
    if (!Object.hasOwn(dossier, form.dossierKey)) continue;
    const result = validateForm(form.id, dossier[form.dossierKey], { locale });
    reports[form.dossierKey] = { form: form.id, title: form.title, ...result };
  }
  return reports;
}

function formatFinding(f: Finding, locale: Locale): string {
  const t = cliText();
  const details = [f.path, f.requires?.length ? t.requires(f.requires.map((k) => documentKindLabel(k, locale)).join('、')) : undefined]
    .filter(Boolean).join('  ');
  return `  [${t.severity[f.severity]}] ${articleLabel(f.article, locale)}  ${f.message}\n${details ? `         ${details}\n` : ''}`;
}

/** `govforms check <dossier.json> [--today D] [--json]` */
export async function checkCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [file] = args.positionals;
  if (!file) throw new CliFailure(t.missingArgs('<材料.json>'), EXIT.usage);
  const today = typeof args.flags.today === 'string' ? args.flags.today : todayInChina();
  if (!isIsoDate(today)) throw new CliFailure(t.badToday(today), EXIT.usage);
  const dossier = await readJsonFile(io, file);
  if (typeof dossier !== 'object' || dossier === null || Array.isArray(dossier)) throw new CliFailure(t.dossierNotObject, EXIT.invalid);
  const record = dossier as Record<string, unknown>;
  const knownKeys = listForms().map((f) => f.dossierKey);
  const unknown = Object.keys(record).filter((k) => !(knownKeys as string[]).includes(k));
  const sections = validateSections(record, locale);
  const findings = checkDossier(record, { today, locale });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const valid = unknown.length === 0 && Object.values(sections).every((s) => s.valid);
  const failed = !valid || count('error') > 0 || Object.keys(sections).length === 0;

  if (args.flags.json) {
    const summary = { error: count('error'), warning: count('warning'), info: count('info') };
    io.stdout(JSON.stringify({ today, valid, unknownSections: unknown, sections, findings, summary }, null, 2) + '\n');
    return failed ? EXIT.invalid : EXIT.ok;
  }
  let out = '';
  for (const k of unknown) out += `✗ ${t.unknownSection(k, knownKeys.join('、'))}\n`;
  if (Object.keys(sections).length === 0) out += `✗ ${t.noSections}\n`;
  for (const [key, s] of Object.entries(sections) as [DossierKey, SectionReport][]) {
    const form = formForDossierKey(key);
    out += s.valid ? `${t.formValid(form.title, form.id)}\n` : `${t.formInvalid(form.title, form.id, s.errors.length)}\n${formatErrors(s.errors, `/${key}`)}`;
  }
  out += findings.length ? `\n${t.findingsHeader(findings.length)}\n${findings.map((f) => formatFinding(f, locale)).join('')}` : `\n${t.noFindings}\n`;
  out += `\n${t.summary(count('error'), count('warning'), count('info'))}\n`;
  io.stdout(out);
  return failed ? EXIT.invalid : EXIT.ok;
}
