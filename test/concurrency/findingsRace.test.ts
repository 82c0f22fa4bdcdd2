import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../src/app.js';
import { bundleText, gatherFacts } from '../../src/core/usecases/findings.js';
import { accountWithToken } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { startCustodiaServe, type ServerProcess } from '../helpers/serveProcess.js';
import { freshPostgresUrl } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

/** The Authorization header of the admin who writes through both processes, set once they have started. */
let credentials: Record<string, string> = {};

async function post(url: string, body: unknown): Promise<Json> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentials },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Json;
  if (response.status !== 201)
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

describe('findings kept current while two `custodia serve` processes change one person at once', () => {
  const servers: ServerProcess[] = [];
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl();
    for (let index = 0; index < 2; index += 1) {
      servers.push(await startCustodiaServe(['--database-url', databaseUrl], ['--log-level', 'warn']));
    }
    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      credentials = (await accountWithToken(application, 'admin')).headers;
    } finally {
      await application.close();
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('stores, after concurrent writes through both processes, the findings of the facts as they finally are', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const source = await post(`${first.url}/api/sources`, build.source());
    const record = await post(`${first.url}/api/person-records`, build.personRecord(source.id));
    const transfers = await Promise.all(
      [first, second].map((server, index) =>
        post(
          `${server.url}/api/transfers`,
          build.transfer(source.id, record.personId, {
            legalBasis: 'INA241',
            toCountry: 'VEN',
            departureAt: `2025-08-0${index + 1}T16:00:00Z`,
          }),
        ),
      ),
    );
    // Stays and appeals written at the same time through both processes, each changing both transfers' findings.
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post(`${(index % 2 ? first : second).url}/api/legal-events`, {
          personId: record.personId,
          type: 'stay',
          stayKind: 'judicial',
          date: '2025-07',
          from: `2025-07-${String(index + 10).padStart(2, '0')}T00:00:00Z`,
          to: `2025-08-0${(index % 2) + 1}T20:00:00Z`,
          sourceIds: [source.id],
        }),
      ),
    );
    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      const stored = await application.store.getMany(
        'transfer',
        transfers.map((transfer) => transfer.id as string),
      );
      const facts = await gatherFacts(application.store, stored);
      const evaluations = await application.store.getEvaluations(stored.map((transfer) => transfer.id));
      for (const fact of facts) {
        const evaluation = evaluations.find((item) => item.transferId === fact.transfer.id);
        // The stored evaluation was computed from all twelve stays: no process overwrote it with an older view.
        expect(evaluation?.bundle).toBe(bundleText(fact));
        expect(JSON.parse(evaluation?.bundle ?? '{}').stays).toHaveLength(12);
      }
    } finally {
      await application.close();
    }
  });
});
