import { isIsoDate, todayInChina, type Locale } from '@govforms/core';
import type { ProjectSummary } from '@govforms/xlsx';
import type { ParsedArgs } from '../args.js';
import { needDirectory } from '../folder.js';
import { checkOutputPath } from '../output-path.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { aboveProgress, progressBar } from '../progress.js';
import { jsonNames, readFolderFile } from '../summary-folder.js';
import { writeFileAtomic } from '../write-atomic.js';

interface Skipped { file: string; reason: string }

type Xlsx = typeof import('@govforms/xlsx');

/**
 * The folder's dossiers, each summarized as soon as it is read (so no more than one is held at
 * a time), with progress: one redrawn line on a terminal, a line per file otherwise.
 */
async function summarizeFolder(dir: string, io: CliIO, locale: Locale, today: string, xlsx: Xlsx): Promise<{ projects: ProjectSummary[]; skipped: Skipped[] }> {
  const t = cliText();
  const names = jsonNames(dir);
  if (names.length === 0) throw new CliFailure(t.noDossiers({ path: dir }), EXIT.usage, 'no-dossiers');
  const labels = xlsx.projectsLabels(locale);
  const projects: ProjectSummary[] = [];
  const skipped: Skipped[] = [];
  const progress = () => progressBar(projects.length + skipped.length, names.length,
    t.summarize.progress({ done: projects.length + skipped.length, total: names.length, skipped: skipped.length }));
  if (io.isTTY) io.stdout(progress());
  for (const name of names) {
    const r = readFolderFile(dir, name, locale, xlsx);
    const line = 'reason' in r ? `✗ ${t.summarize.skippedFile({ file: r.file, why: r.reason })}` : `✓ ${t.summarize.readFile({ file: r.file })}`;
    if ('reason' in r) skipped.push(r);
    else projects.push(await xlsx.summarizeProject(r.dossier, r.budget, { today, labels }));
    if (!io.isTTY) io.stdout(`${line}\n`);
    else io.stdout(('reason' in r ? aboveProgress(line) : '') + progress());
  }
  if (io.isTTY) io.stdout('\n');
  return { projects, skipped };
}

/** `govforms summarize <dir> -o <summary.xlsx> [--today D]`: the projects summary workbook of a folder of dossiers. */
export async function summarizeCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [dir] = args.positionals;
  const output = args.flags.output;
  if (!dir || typeof output !== 'string') throw new CliFailure(t.missingArgs({ what: t.arguments.summarize() }), EXIT.usage, 'missing-arguments');
  checkOutputPath(output, '.xlsx', t.summaryWorkbook(), []);
  const today = typeof args.flags.today === 'string' ? args.flags.today : todayInChina();
  if (!isIsoDate(today)) throw new CliFailure(t.badToday({ today }), EXIT.usage, 'invalid-today');
  await needDirectory(dir);
  // exceljs is the heaviest import: loaded only by this command (and generate's workbook), never by check or validate.
  const xlsx = await import('@govforms/xlsx');
  const { projects, skipped } = await summarizeFolder(dir, io, locale, today, xlsx);
  const bytes = await xlsx.projectsSummaryWorkbook(projects, { today, locale, skipped });
  try {
    writeFileAtomic(output, bytes);
  } catch (e) {
    throw new CliFailure(t.cannotWrite({ path: output, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage, 'cannot-write');
  }
  io.stdout(`${t.summarize.written({ path: output, projects: projects.length, skipped: skipped.length, kilobytes: (bytes.byteLength / 1024).toFixed(1) })}\n`);
  if (skipped.length === 0) return EXIT.ok;
  io.stderr(`${t.summarize.skippedHeader({ count: skipped.length })}\n`);
  for (const s of skipped) io.stderr(`  ✗ ${t.summarize.skippedFile({ file: s.file, why: s.reason })}\n`);
  return EXIT.invalid;
}
