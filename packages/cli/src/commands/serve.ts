import { GovformsError, type Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';

const FLAGS = [['port', '--port'], ['host', '--host']] as const;

/** `govforms serve [--port 8080] [--host 127.0.0.1]`: the HTTP service, configured by GOVFORMS_* variables and these flags. */
export async function serveCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  // Fastify and the worker pool load only for this verb.
  const { optionsFromEnv, parseOption, serverMessages, startServer } = await import('@govforms/server');
  const m = serverMessages(locale);
  let options;
  try {
    options = optionsFromEnv(process.env, locale);
    for (const [key, flag] of FLAGS) {
      const value = args.flags[key];
      if (typeof value !== 'string') continue;
      options = { ...options, [key]: parseOption(key, value, (why) => new GovformsError(m.badFlag({ flag, value, why }), 'bad-option'), locale) };
    }
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(e.message, EXIT.usage, e.code);
    throw e;
  }
  try {
    await startServer(options, { locale, say: (line) => io.stderr(`${line}\n`) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new CliFailure(m.cannotListen({ host: options.host, port: options.port, code }), EXIT.usage, 'cannot-listen');
    }
    throw e;
  }
  // Runs until SIGTERM or SIGINT: the service then drains and exits the process itself, with 0.
  return new Promise<number>(() => {});
}
