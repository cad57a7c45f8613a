import { GovformsError, SOURCE_LOCALE, availableLocales, canonicalLocale, shownLocale, type Locale } from '@govforms/core';
import { parseArgs } from './args.js';
import { checkCommand } from './commands/check.js';
import { serveCommand } from './commands/serve.js';
import { summarizeCommand } from './commands/summarize.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText, cliWords, setCliLocale } from './messages.js';

type Command = (args: ReturnType<typeof parseArgs>, io: CliIO, locale: Locale) => Promise<number>;

/** A command whose module loads when it runs: the Word renderers (@govforms/docx, ~0.35 s to load) stay out of every other verb's start. */
const onUse = (load: () => Promise<Command>): Command => async (args, io, locale) => (await load())(args, io, locale);

/** Verbs of the `govforms` command. */
export const commands: Record<string, Command> = {
  validate: validateCommand,
  check: checkCommand,
  generate: onUse(async () => (await import('./commands/generate.js')).generateCommand),
  batch: onUse(async () => (await import('./commands/batch.js')).batchCommand),
  summarize: summarizeCommand,
  timeline: timelineCommand,
  serve: serveCommand,
};

const usage = () => cliText().usage({ locales: availableLocales().join('|') });

/** Runs the CLI; returns the exit code. Never throws: every failure becomes a message. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  setCliLocale(SOURCE_LOCALE);
  try {
    const args = parseArgs(argv);
    const asked = String(args.flags.locale ?? SOURCE_LOCALE);
    // Tags are case-insensitive (--locale en-gb is en-GB), and en-GB is served by en.
    const locale = canonicalLocale(asked) ?? asked;
    if (shownLocale(locale) === SOURCE_LOCALE && locale !== SOURCE_LOCALE) {
      throw new CliFailure(cliText().badLocale({ locale: asked, known: availableLocales().join(cliWords().listSeparator()) }), EXIT.usage);
    }
    setCliLocale(locale);
    const [verb, ...rest] = args.positionals;
    if (args.flags.help || verb === 'help' || verb === undefined) {
      (verb === undefined && !args.flags.help ? io.stderr : io.stdout)(`${usage()}\n`);
      return verb === undefined && !args.flags.help ? EXIT.usage : EXIT.ok;
    }
    const command = Object.hasOwn(commands, verb) ? commands[verb] : undefined;
    if (!command) throw new CliFailure(`${cliText().unknownCommand({ command: verb })}\n${usage()}`, EXIT.usage);
    return await command({ ...args, positionals: rest }, io, locale);
  } catch (e) {
    const say = (message: string) => io.stderr(`govforms${cliWords().labelSeparator()}${message}\n`);
    if (e instanceof CliFailure) {
      say(e.message);
      return e.exitCode;
    }
    if (e instanceof GovformsError) {
      say(e.message);
      return EXIT.invalid;
    }
    say(cliText().internalError({ message: e instanceof Error ? e.message : String(e) }));
    return EXIT.invalid;
  }
}
