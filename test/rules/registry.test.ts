import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { CORE_PACK } from '../../src/core/rules/core/pack.js';
import { getTransferFindings } from '../../src/core/usecases/findingViews.js';
import { bundleText, gatherFacts } from '../../src/core/usecases/findings.js';
import { listAll } from '../../src/core/usecases/listAll.js';
import { bundleSchema } from '../../src/core/rules/bundle.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { buildDemoData } from '../../src/demo/index.js';
import { ADMIN } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

describe.each(DIALECTS)('findings on the registry [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  const get = async (url: string) => (await api.inject({ method: 'GET', url })).json() as Json;

  beforeAll(async () => {
    application = await freshApplication(dialect);
    await insertDataset(application.context(ADMIN), buildDemoData());
    ({ api } = await adminApi(application));
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('finds violations, warnings and clean transfers in the demo registry, with counts', async () => {
    const all = await get('/api/findings?limit=500');
    const severities = all.counts.bySeverity.map((row: Json) => row.key);
    expect(severities).toEqual(expect.arrayContaining(['violation', 'warning', 'info']));
    const violations = await get('/api/findings?severity=violation&limit=10');
    expect(violations.items.length).toBeGreaterThan(0);
    for (const item of violations.items)
      expect(item).toMatchObject({ severity: 'violation', packVersion: CORE_PACK.version });
    const transfers = await application.store.count('transfer');
    const flagged = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: Json = await get(
        `/api/findings?severity=violation,warning&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const item of page.items) flagged.add(item.transferId);
      cursor = page.nextCursor;
    } while (cursor);
    expect(flagged.size).toBeGreaterThan(0);
    expect(flagged.size).toBeLessThan(transfers);
    // Every status counted, the findings in force and those resting on stayed or vacated authority are all there.
    const stats = await get('/api/stats?status=completed,halted,planned,unknown');
    const bySeverity = new Map<string, number>();
    for (const row of [...stats.findings.inForce.bySeverity, ...stats.findings.stayedOrVacated.bySeverity])
      bySeverity.set(row.key, (bySeverity.get(row.key) ?? 0) + row.value);
    expect(Object.fromEntries(bySeverity)).toEqual(
      Object.fromEntries(all.counts.bySeverity.map((row: Json) => [row.key, row.value])),
    );
    const completedOnly = await get('/api/stats');
    expect(completedOnly.findings.inForce.total).toBeLessThanOrEqual(stats.findings.inForce.total);
    expect(completedOnly.individualTransfers.statuses).toEqual(['completed']);
  });

  it('serves a finding that changes right after a fact changes (a stay is added, then retracted)', async () => {
    const page = await get('/api/transfers?basis=INA241&limit=500');
    let transfer: Json | undefined;
    let before: Json = {};
    for (const candidate of page.items.filter(
      (item: Json) => item.departureAt && item.status === 'completed',
    )) {
      before = await get(`/api/transfers/${candidate.id}/findings`);
      if (!before.findings.some((finding: Json) => finding.ruleId === 'US-STAY')) {
        transfer = candidate;
        break;
      }
    }
    if (!transfer) throw new Error('the demo has no completed INA removal without a stay finding');
    const departure = Date.parse(transfer.departureAt.utc);
    const stay = await api.inject({
      method: 'POST',
      url: '/api/legal-events',
      payload: {
        personId: transfer.personId,
        type: 'stay',
        stayKind: 'judicial',
        court: '5th Cir.',
        date: new Date(departure - 86_400_000).toISOString().slice(0, 10),
        from: new Date(departure - 86_400_000).toISOString(),
        to: null,
        sourceIds: transfer.sourceIds,
      },
    });
    expect(stay.statusCode).toBe(201);
    const after = await get(`/api/transfers/${transfer.id}/findings`);
    const stayFinding = after.findings.find((finding: Json) => finding.ruleId === 'US-STAY');
    expect(stayFinding).toMatchObject({ severity: 'violation', packVersion: CORE_PACK.version });
    expect(after.computedFrom.stays).toHaveLength(1);
    const asViewer = (
      await api.inject({
        method: 'GET',
        url: `/api/transfers/${transfer.id}/findings`,
        headers: { 'x-custodia-role': 'viewer' },
      })
    ).json() as Json;
    expect(after.computedFrom.person.birthDate.length).toBeGreaterThan(4);
    expect(asViewer.computedFrom.person.birthDate).toBe(after.computedFrom.person.birthDate.slice(0, 4));
    const asPublic = await api.inject({
      method: 'GET',
      url: `/api/transfers/${transfer.id}/findings`,
      headers: { 'x-custodia-role': 'public' },
    });
    expect(asPublic.statusCode).toBe(403);
    const listed = await get(`/api/findings?ruleId=US-STAY&personId=${transfer.personId}`);
    expect(listed.items.map((item: Json) => item.transferId)).toContain(transfer.id);
    const timeline = await get(`/api/persons/${transfer.personId}/timeline`);
    const item = timeline.items.find(
      (entry: Json) => entry.kind === 'transfer' && entry.entity.id === transfer.id,
    );
    expect(item.findings.some((finding: Json) => finding.ruleId === 'US-STAY')).toBe(true);

    const retract = await api.inject({
      method: 'POST',
      url: `/api/legal-events/${stay.json().id}/retract`,
      payload: { version: 1, reason: 'entered for the wrong person' },
    });
    expect(retract.statusCode).toBe(200);
    const restored = await get(`/api/transfers/${transfer.id}/findings`);
    expect(restored.findings).toEqual(before.findings);
  });

  it('assembles, for every demo transfer, a bundle that passes the case bundle schema unchanged', async () => {
    const transfers = await listAll(application.store, 'transfer', []);
    for (const facts of await gatherFacts(application.store, transfers)) {
      const bundle = JSON.parse(bundleText(facts));
      const parsed = bundleSchema.safeParse(bundle);
      expect(parsed.success, `${facts.transfer.id}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data).toEqual(bundle);
    }
  });

  it('does not re-evaluate the transfers of an agreement when a field no rule reads changes', async () => {
    const agreement = (await get('/api/agreements?limit=1&receivingCountry=SLV')).items[0];
    const transfers = await get(`/api/transfers?agreementId=${agreement.id}&limit=1`);
    const [before] = await application.store.getEvaluations([transfers.items[0].id]);
    const noted = await api.inject({
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: agreement.version, note: 'reviewed' },
    });
    expect(noted.statusCode).toBe(200);
    const [after] = await application.store.getEvaluations([transfers.items[0].id]);
    expect(after?.evaluatedAt).toBe(before?.evaluatedAt);
    const binding = await api.inject({
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: agreement.version + 1, legallyBinding: false },
    });
    expect(binding.statusCode).toBe(200);
    const [changed] = await application.store.getEvaluations([transfers.items[0].id]);
    expect(JSON.parse(changed?.bundle ?? '{}').transfer.agreement.legallyBinding).toBe(false);
  });

  it('recomputes findings made under another pack version before serving them', async () => {
    const { items } = await get('/api/transfers?limit=1');
    const amended = {
      pack: { ...application.rules.pack, version: '2099.01' },
      predicates: application.rules.predicates,
    };
    const context = { ...application.context(ADMIN), rules: amended };
    const fresh = await getTransferFindings(context, items[0].id, 'admin');
    expect(fresh).toMatchObject({ packVersion: '2099.01' });
    const [stored] = await application.store.getEvaluations([items[0].id]);
    expect(stored?.packVersion).toBe('2099.01');
  });
});
