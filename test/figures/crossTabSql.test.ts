import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { CROSS_TAB_DIMENSIONS, type TransferCountQuery } from '../../src/core/figures/crossTab.js';
import { transferCountSql } from '../../src/store/crossTabQueries.js';

// The statements are compiled, never run: a PostgreSQL pool connects only when a query is executed.
const sqlite = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
const postgres = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ max: 1 }) }) });
afterAll(async () => {
  await sqlite.destroy();
  await postgres.destroy();
});

const HOSTILE = "SLV') or 1=1; drop table transfers; --";

describe('the cross-tab statement', () => {
  it('binds every value of a request as a parameter, whatever the dimensions', () => {
    for (const rows of CROSS_TAB_DIMENSIONS)
      for (const columns of CROSS_TAB_DIMENSIONS) {
        if (rows === columns) continue;
        const query: TransferCountQuery = {
          by: [rows, columns],
          statuses: [`completed${HOSTILE}`],
          filters: {
            agreements: [`agr${HOSTILE}`],
            destinations: [`dst${HOSTILE}`],
            bases: [`bas${HOSTILE}`],
            nationalities: [`nat${HOSTILE}`],
            fromDay: `from${HOSTILE}`,
            toDay: `to${HOSTILE}`,
          },
          apart: [`RULE#outcome${HOSTILE}`],
        };
        for (const db of [sqlite, postgres]) {
          const compiled = transferCountSql(query).compile(db);
          expect(compiled.sql).not.toContain('drop table');
          expect(compiled.parameters.filter((value) => String(value).includes(HOSTILE)).length).toBe(
            rows === 'severity' || columns === 'severity' ? 8 : 7,
          );
        }
      }
  });

  it('reads as reviewed (PostgreSQL, nationality × severity, every filter)', () => {
    const compiled = transferCountSql({
      by: ['nationality', 'severity'],
      statuses: ['completed'],
      filters: {
        agreements: ['agr_1'],
        destinations: ['SLV'],
        bases: ['AEA'],
        nationalities: ['VEN'],
        fromDay: '2025-03-01',
        toDay: '2025-03-31',
      },
      apart: ['US-AEA-JGG-TRO#vacated'],
    }).compile(postgres);
    expect(compiled.sql.replace(/\s+/g, ' ').trim()).toMatchInlineSnapshot(
      `"select person_nationality.nationality as "key0", finding_severity.severity as "key1", count(*) as value from transfers t left join ( select person_id, case when count(distinct nationalities) = 0 then null when count(distinct nationalities) = 1 and max(nationalities) not like '%|%|%|' then substr(max(nationalities), 2, length(max(nationalities)) - 2) else $1 end as nationality from person_records where retracted_at is null and person_id is not null group by person_id ) person_nationality on person_nationality.person_id = t.person_id left join ( select distinct transfer_id, severity from findings where coalesce(rule_id || '#' || outcome, '') not in ($2) ) finding_severity on finding_severity.transfer_id = t.id where t.retracted_at is null and t.status in ($3) and t.agreement_id in ($4) and t.to_country in ($5) and t.legal_basis in ($6) and t.date_lo >= $7 and t.date_hi <= $8 and exists ( select 1 from person_records r where r.person_id = t.person_id and r.retracted_at is null and (r.nationalities like $9) ) group by 1, 2"`,
    );
    expect(compiled.parameters).toMatchInlineSnapshot(`
      [
        "multiple",
        "US-AEA-JGG-TRO#vacated",
        "completed",
        "agr_1",
        "SLV",
        "AEA",
        "2025-03-01",
        "2025-03-31~",
        "%|VEN|%",
      ]
    `);
  });
});
