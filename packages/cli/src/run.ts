import { GovformsError, type Locale } from '@govforms/core';
import { parseArgs } from './args.js';
import { batchCommand } from './commands/batch.js';
import { checkCommand } from './commands/check.js';
import { generateCommand } from './commands/generate.js';
import { validateCommand } from './commands/validate.js';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText, setCliLocale } from './messages.js';

type Command = (args: ReturnType<typeof parseArgs>, io: CliIO, locale: Locale) => Promise<number>;

/** Verbs of the `govforms` command. */
export const commands: Record<string, Command> = {
  validate: validateCommand,
  check: checkCommand,
  generate: generateCommand,
  batch: batchCommand,
};

/** Runs the CLI; returns the exit code. Never throws: every failure becomes a message. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  setCliLocale('zh-CN');
  try {
    const args = parseArgs(argv);
    const locale = args.flags.locale ?? 'zh-CN';
    if (locale !== 'zh-CN' && locale !== 'en') throw new CliFailure(cliText().badLocale(String(locale)), EXIT.usage);
    setCliLocale(locale);
    const [verb, ...rest] = args.positionals;
    if (args.flags.help || verb === 'help' || verb === undefined) {
      (verb === undefined && !args.flags.help ? io.stderr : io.stdout)(`${cliText().usage}\n`);
      return verb === undefined && !args.flags.help ? EXIT.usage : EXIT.ok;
    }
    const command = Object.hasOwn(commands, verb) ? commands[verb] : undefined;
    if (!command) throw new CliFailure(`${cliText().unknownCommand(verb)}\n${cliText().usage}`, EXIT.usage);
    return await command({ ...args, positionals: rest }, io, locale);
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr(`govforms：${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof GovformsError) {
      io.stderr(`govforms：${e.message}\n`);
      return EXIT.invalid;
    }
    io.stderr(`govforms：${cliText().internalError(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.invalid;
  }
}
