import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from './dialect.js';
import * as registry from './migrations/001_registry.js';
import * as findings from './migrations/002_findings.js';
import * as transferListIndexes from './migrations/003_transfer_list_indexes.js';
import * as personLinkage from './migrations/004_person_linkage.js';
import * as imports from './migrations/005_imports.js';
import * as accounts from './migrations/006_accounts.js';
import * as personReadIndex from './migrations/007_person_read_index.js';
import * as reportedCountRelations from './migrations/008_reported_count_relations.js';
import * as findingOutcomes from './migrations/009_finding_outcomes.js';
import * as locateRequests from './migrations/010_locate_requests.js';
import * as individualCounts from './migrations/011_individual_counts.js';
import * as reportFactIds from './migrations/012_report_fact_ids.js';

interface Migration {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void>;
}

/** The one migration set, in order. Never edit a migration that has shipped: add the next one. */
const MIGRATIONS: readonly Migration[] = [
  { name: '001_registry', up: registry.up },
  { name: '002_findings', up: findings.up },
  { name: '003_transfer_list_indexes', up: transferListIndexes.up },
  { name: '004_person_linkage', up: personLinkage.up },
  { name: '005_imports', up: imports.up },
  { name: '006_accounts', up: accounts.up },
  { name: '007_person_read_index', up: personReadIndex.up },
  { name: '008_reported_count_relations', up: reportedCountRelations.up },
  { name: '009_finding_outcomes', up: findingOutcomes.up },
  { name: '010_locate_requests', up: locateRequests.up },
  { name: '011_individual_counts', up: individualCounts.up },
  { name: '012_report_fact_ids', up: reportFactIds.up },
];

/**
 * Applies pending migrations, each in its own transaction, and returns their names. Safe to run from several
 * processes at once on PostgreSQL: an advisory lock serialises them.
 */
export async function migrate(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<string[]> {
  return db.transaction().execute(async (transaction) => {
    if (dialect.name === 'postgres') await sql`select pg_advisory_xact_lock(4242001)`.execute(transaction);
    await sql`create table if not exists custodia_migrations (name text primary key, applied_at text not null)`.execute(
      transaction,
    );
    const done = await sql<{ name: string }>`select name from custodia_migrations`.execute(transaction);
    const applied = new Set(done.rows.map((row) => row.name));
    const ran: string[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.name)) continue;
      await migration.up(transaction, dialect);
      await sql`insert into custodia_migrations (name, applied_at) values (${migration.name}, ${new Date().toISOString()})`.execute(
        transaction,
      );
      ran.push(migration.name);
    }
    return ran;
  });
}
