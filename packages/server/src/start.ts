import { SOURCE_LOCALE, type Locale } from '@govforms/core';
import closeWithGrace from 'close-with-grace';
import { buildServer } from './app.js';
import { serverMessages } from './messages.js';
import type { ServerOptions } from './options.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the service and stops it gracefully on SIGTERM or SIGINT: requests in progress
 * finish, new ones are refused (503, and the port closes), the worker threads end, exit 0.
 * `say` gets the lines for the person who started it (the URL; stopping), in `locale`.
 */
export async function startServer(options: ServerOptions, o: { locale?: Locale; say(line: string): void }): Promise<RunningServer> {
  const m = serverMessages(o.locale ?? SOURCE_LOCALE);
  const { app } = await buildServer(options);
  const url = await app.listen({ host: options.host, port: options.port });
  // Fastify names one address; on 0.0.0.0 or :: every interface of the machine listens.
  o.say(['0.0.0.0', '::'].includes(options.host) ? m.listeningAll({ url }) : m.listening({ url }));
  const grace = closeWithGrace({ delay: options.requestTimeoutMs + options.renderTimeoutMs, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ errorType: err.name, stack: err.stack?.split('\n').slice(1).join('\n') }, 'uncaught error, stopping');
    if (signal) o.say(m.stopping({ signal }));
    await app.close();
  });
  return {
    url,
    close: async () => {
      grace.uninstall();
      await app.close();
    },
  };
}
