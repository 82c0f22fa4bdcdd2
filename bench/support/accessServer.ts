// The registry's API in its own process, with access enforced or switched off (a setting only this benchmark
// uses), so the access benchmark compares the same build with and without sign-in, policy, redaction and the read
// audit. `node bin/run-ts.js bench/support/accessServer.ts --db FILE | --database-url URL --access enforce|off`
import { parseArgs } from 'node:util';
import { createApplication } from '../../src/app.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'database-url': { type: 'string' }, access: { type: 'string' } },
});
const mode = values.access === 'off' ? 'off' : 'enforce';
const application = await createApplication(
  values['database-url']
    ? { kind: 'postgres', url: values['database-url'] }
    : { kind: 'sqlite', file: values.db ?? ':memory:' },
);
const api = await application.api({ access: { mode, publicRequestsPerMinute: 1_000_000 } });
const address = await api.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`Access bench server (${mode}) is serving at ${address}\n`);
process.once('SIGTERM', () => void api.close().then(() => application.close()));
