import { GovformsError, SOURCE_LOCALE, availableLocales, canonicalLocale, shownLocale, type Locale } from '@govforms/core';
import { GLOBAL_OPTIONS, parseArgs, refuseUnknownOptions, type OptionKey, type ParsedArgs } from './args.js';
import { checkCommand } from './commands/check.js';
import { importBudgetCommand } from './commands/import-budget.js';
import { serveCommand } from './commands/serve.js';
import { summarizeCommand } from './commands/summarize.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText, cliWords, setCliLocale } from './messages.js';

type Command = (args: ParsedArgs, io: CliIO, locale: Locale) => Promise<number>;

/** A verb of the `govforms` command and the options it takes (besides --locale and --help). */
export interface CommandSpec {
  run: Command;
  options: readonly OptionKey[];
}

/** A command whose module loads when it runs: the Word renderers (@govforms/docx, ~0.35 s to load) stay out of every other verb's start. */
const onUse = (load: () => Promise<Command>): Command => async (args, io, locale) => (await load())(args, io, locale);

/** Verbs of the `govforms` command. */
export const commands: Record<string, CommandSpec> = {
  validate: { run: validateCommand, options: ['json'] },
  check: { run: checkCommand, options: ['today', 'json'] },
  generate: { run: onUse(async () => (await import('./commands/generate.js')).generateCommand), options: ['output', 'template', 'mapping', 'draft'] },
  batch: { run: onUse(async () => (await import('./commands/batch.js')).batchCommand), options: ['output', 'jobs'] },
  'import-budget': { run: importBudgetCommand, options: ['output', 'dossier', 'json'] },
  summarize: { run: summarizeCommand, options: ['output', 'today'] },
  timeline: { run: timelineCommand, options: ['today', 'json'] },
  serve: { run: serveCommand, options: ['port', 'host'] },
};

const usage = () => cliText().usage({ locales: availableLocales().join('|') });

/** A failure as programs read it (`--json`): the HTTP service's error body, on stderr. */
function jsonError(code: string, message: string, path?: string): string {
  return `${JSON.stringify({ error: { code, message, ...(path !== undefined ? { path } : {}) } })}\n`;
}

/**
 * Runs the CLI; returns the exit code. Never throws: every failure becomes a message on stderr,
 * one JSON line with --json (so stdout holds nothing but the answer).
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  setCliLocale(SOURCE_LOCALE);
  // Known before parsing, so that a parsing error is JSON too.
  const json = argv.includes('--json');
  try {
    const args = parseArgs(argv);
    const asked = String(args.flags.locale ?? SOURCE_LOCALE);
    // Tags are case-insensitive (--locale en-gb is en-GB), and en-GB is served by en.
    const locale = canonicalLocale(asked) ?? asked;
    if (shownLocale(locale) === SOURCE_LOCALE && locale !== SOURCE_LOCALE) {
      throw new CliFailure(cliText().badLocale({ locale: asked, known: availableLocales().join(cliWords().listSeparator()) }), EXIT.usage, 'unsupported-locale');
    }
    setCliLocale(locale);
    const [verb, ...rest] = args.positionals;
    const command = verb !== undefined && Object.hasOwn(commands, verb) ? commands[verb] : undefined;
    if (verb !== undefined && verb !== 'help' && !command) {
      throw new CliFailure(`${cliText().unknownCommand({ command: verb })}\n${usage()}`, EXIT.usage, 'unknown-command');
    }
    refuseUnknownOptions(args, [...(command?.options ?? []), ...GLOBAL_OPTIONS], command ? `govforms ${verb}` : 'govforms');
    if (args.flags.help || verb === 'help' || !command) {
      (verb === undefined && !args.flags.help ? io.stderr : io.stdout)(`${usage()}\n`);
      return verb === undefined && !args.flags.help ? EXIT.usage : EXIT.ok;
    }
    return await command.run({ ...args, positionals: rest }, io, locale);
  } catch (e) {
    const say = (code: string, message: string, path?: string) => io.stderr(json ? jsonError(code, message, path) : `govforms${cliWords().labelSeparator()}${message}\n`);
    if (e instanceof CliFailure) {
      say(e.code, e.message, e.path);
      return e.exitCode;
    }
    if (e instanceof GovformsError) {
      say(e.code, e.message, e.path);
      return EXIT.invalid;
    }
    say('internal', cliText().internalError({ message: e instanceof Error ? e.message : String(e) }));
    return EXIT.invalid;
  }
}
