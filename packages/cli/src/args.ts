import { CliFailure, EXIT } from './io.js';
import { cliText, cliWords } from './messages.js';

/** Every option of the CLI: how it is spelt and whether it takes a value. Which command takes which is in run.ts. */
export const OPTIONS = {
  output: { names: ['-o', '--output'], value: true },
  today: { names: ['--today'], value: true },
  jobs: { names: ['--jobs'], value: true },
  port: { names: ['--port'], value: true },
  host: { names: ['--host'], value: true },
  template: { names: ['--template'], value: true },
  mapping: { names: ['--mapping'], value: true },
  dossier: { names: ['--dossier'], value: true },
  locale: { names: ['--locale'], value: true },
  json: { names: ['--json'], value: false },
  draft: { names: ['--draft'], value: false },
  help: { names: ['-h', '--help'], value: false },
} as const satisfies Record<string, { names: readonly string[]; value: boolean }>;

export type OptionKey = keyof typeof OPTIONS;

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionKey[] = ['locale', 'help'];

export interface ParsedArgs {
  positionals: string[];
  flags: Partial<Record<OptionKey, string | true>>;
  /** Every option as typed (`-o`, `--bogus`), in order: checked against the command's own by `refuseUnknownOptions`. */
  options: string[];
}

const KEY_OF = new Map<string, OptionKey>(
  (Object.keys(OPTIONS) as OptionKey[]).flatMap((key) => OPTIONS[key].names.map((name) => [name, key] as const)),
);

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = KEY_OF.get(name);
    if (key && OPTIONS[key].value) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliFailure(cliText().flagNeedsValue({ flag: name }), EXIT.usage, 'missing-value');
      flags[key] = value;
      options.push(name);
    } else if (key) {
      flags[key] = true;
      options.push(name);
    } else if (arg.startsWith('-') && arg !== '-') {
      // Unknown: refused once the command (and so its options) is known.
      options.push(name);
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags, options };
}

/** A usage error for the first option `command` does not take, naming the ones it does. */
export function refuseUnknownOptions(args: ParsedArgs, allowed: readonly OptionKey[], command: string): void {
  const unknown = args.options.find((name) => {
    const key = KEY_OF.get(name);
    return key === undefined || !allowed.includes(key);
  });
  if (unknown === undefined) return;
  const valid = allowed.map((key) => OPTIONS[key].names.join('/')).join(cliWords().listSeparator());
  throw new CliFailure(cliText().unknownFlag({ flag: unknown, command, valid }), EXIT.usage, 'unknown-option');
}
