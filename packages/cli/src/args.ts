import { CliFailure, EXIT } from './io.js';
import { cliText } from './messages.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

/** Flags that take a value, with their short aliases. */
const VALUE_FLAGS: Record<string, string> = { '--today': 'today', '--locale': 'locale', '-o': 'output', '--output': 'output', '--jobs': 'jobs', '--port': 'port', '--host': 'host' };
const BOOLEAN_FLAGS: Record<string, string> = { '--json': 'json', '--help': 'help', '-h': 'help', '--version': 'version' };

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name in VALUE_FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliFailure(cliText().flagNeedsValue({ flag: name }), EXIT.usage);
      flags[VALUE_FLAGS[name]!] = value;
    } else if (name in BOOLEAN_FLAGS) {
      flags[BOOLEAN_FLAGS[name]!] = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliFailure(cliText().unknownFlag({ flag: arg }), EXIT.usage);
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}
