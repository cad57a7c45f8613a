// Reference for bench/server.bench.mjs: the least a Fastify route can do for the validate
// request — bare Fastify (no logger, no hooks, no plugins) on the same path, parsing the same
// JSON body with its default parser and answering {}. Run in its own process, like the service,
// so that neither competes with the load generator's event loop. Prints its URL on stderr,
// stops on SIGTERM with exit code 0.
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
app.post('/v1/forms/:id/validate', async () => ({}));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stderr.write(`bare fastify listening: ${url}\n`);
process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0), () => process.exit(1));
});
