// The baseline: a bare Fastify route returning a constant, in its own process like `custodia serve`, so the
// ratios in the report compare the registry's routes with what this machine and Node can do at best.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`Bare Fastify is serving at ${address}\n`);
process.once('SIGTERM', () => void app.close());
