import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * Findings of the rules engine: derived data, recomputable from the audited facts, so not audited themselves.
 * One evaluation per transfer (the bundle it was computed from, the pack version, when), and one row per finding
 * for filtering and counting.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await db.schema
    .createTable('transfer_evaluations')
    .addColumn('transfer_id', text, (column) => column.primaryKey())
    .addColumn('person_id', text, (column) => column.notNull())
    .addColumn('agreement_id', text)
    .addColumn('destination', text)
    .addColumn('date_lo', text)
    .addColumn('date_hi', text)
    .addColumn('pack_version', text, (column) => column.notNull())
    .addColumn('evaluated_at', text, (column) => column.notNull())
    .addColumn('bundle', text, (column) => column.notNull())
    .addColumn('findings', text, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('transfer_evaluations_person')
    .on('transfer_evaluations')
    .column('person_id')
    .execute();
  await db.schema
    .createTable('findings')
    .addColumn('transfer_id', text, (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('rule_id', text, (column) => column.notNull())
    .addColumn('severity', text, (column) => column.notNull())
    .addColumn('person_id', text, (column) => column.notNull())
    .addColumn('agreement_id', text)
    .addColumn('destination', text)
    .addColumn('date_lo', text)
    .addColumn('date_hi', text)
    .addColumn('sort_date', text, (column) => column.notNull())
    .addColumn('pack_version', text, (column) => column.notNull())
    .addColumn('evaluated_at', text, (column) => column.notNull())
    .addColumn('data', text, (column) => column.notNull())
    .addPrimaryKeyConstraint('findings_pk', ['transfer_id', 'position'])
    .execute();
  await db.schema
    .createIndex('findings_sort')
    .on('findings')
    .columns(['sort_date', 'transfer_id', 'position'])
    .execute();
  await db.schema.createIndex('findings_rule').on('findings').columns(['rule_id', 'severity']).execute();
  await db.schema.createIndex('findings_severity').on('findings').column('severity').execute();
  await db.schema.createIndex('findings_agreement').on('findings').column('agreement_id').execute();
}
