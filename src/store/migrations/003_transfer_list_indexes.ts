import type { Kysely } from 'kysely';

/**
 * Indexes that serve "filter, then page in date order" on the transfers list: each common filter column followed
 * by the sort key, so a filtered page is an index range scan rather than a sort of every matching row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['to_country', 'legal_basis', 'agreement_id']) {
    await db.schema
      .createIndex(`transfers_${column}_sort_date`)
      .on('transfers')
      .columns([column, 'sort_date', 'id'])
      .execute();
  }
}
