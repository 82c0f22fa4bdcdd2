import { sql, type ExpressionBuilder } from 'kysely';
import type { FindingQuery, StatsRow, StoredFinding, TransferEvaluation } from '../core/ports/store.js';
import type { DecidedFinding } from '../core/rules/types.js';
import type { AnyDb } from './entityQueries.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- dynamic table access, as in entityQueries.ts
type AnyExpressionBuilder = ExpressionBuilder<any, any>;

type Row = Record<string, string | number | null>;

export async function getEvaluations(
  db: AnyDb,
  transferIds: readonly string[],
): Promise<TransferEvaluation[]> {
  const result: TransferEvaluation[] = [];
  for (let start = 0; start < transferIds.length; start += 1000) {
    const chunk = transferIds.slice(start, start + 1000);
    const rows = (await db
      .selectFrom('transfer_evaluations')
      .selectAll()
      .where('transfer_id', 'in', chunk)
      .execute()) as Row[];
    for (const row of rows) {
      result.push({
        transferId: String(row.transfer_id),
        personId: String(row.person_id),
        agreementId: row.agreement_id === null ? null : String(row.agreement_id),
        destination: row.destination === null ? null : String(row.destination),
        dateLo: row.date_lo === null ? null : String(row.date_lo),
        dateHi: row.date_hi === null ? null : String(row.date_hi),
        packVersion: String(row.pack_version),
        evaluatedAt: String(row.evaluated_at),
        bundle: String(row.bundle),
        findings: JSON.parse(String(row.findings)) as DecidedFinding[],
      });
    }
  }
  return result;
}

/** Replaces evaluations and their finding rows in bulk; chunked to stay under the engines' parameter limits. */
export async function saveEvaluations(
  db: AnyDb,
  evaluations: TransferEvaluation[],
  removed: readonly string[] = [],
) {
  const ids = [...evaluations.map((evaluation) => evaluation.transferId), ...removed];
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000);
    await db.deleteFrom('findings').where('transfer_id', 'in', chunk).execute();
    await db.deleteFrom('transfer_evaluations').where('transfer_id', 'in', chunk).execute();
  }
  const evaluationRows = evaluations.map((evaluation) => ({
    transfer_id: evaluation.transferId,
    person_id: evaluation.personId,
    agreement_id: evaluation.agreementId,
    destination: evaluation.destination,
    date_lo: evaluation.dateLo,
    date_hi: evaluation.dateHi,
    pack_version: evaluation.packVersion,
    evaluated_at: evaluation.evaluatedAt,
    bundle: evaluation.bundle,
    findings: JSON.stringify(evaluation.findings),
  }));
  for (let start = 0; start < evaluationRows.length; start += 500) {
    await db
      .insertInto('transfer_evaluations')
      .values(evaluationRows.slice(start, start + 500))
      .execute();
  }
  const findingRows = evaluations.flatMap((evaluation) =>
    evaluation.findings.map((finding, position) => ({
      transfer_id: evaluation.transferId,
      position,
      rule_id: finding.ruleId,
      outcome: finding.outcome,
      severity: finding.severity,
      person_id: evaluation.personId,
      agreement_id: evaluation.agreementId,
      destination: evaluation.destination,
      date_lo: evaluation.dateLo,
      date_hi: evaluation.dateHi,
      sort_date: evaluation.dateLo ?? '~',
      pack_version: evaluation.packVersion,
      evaluated_at: evaluation.evaluatedAt,
      data: JSON.stringify(finding),
    })),
  );
  for (let start = 0; start < findingRows.length; start += 500) {
    await db
      .insertInto('findings')
      .values(findingRows.slice(start, start + 500))
      .execute();
  }
}

function filtered(db: AnyDb, query: Omit<FindingQuery, 'limit' | 'after'>) {
  let builder = db.selectFrom('findings');
  if (query.severity?.length) builder = builder.where('severity', 'in', query.severity);
  if (query.ruleId?.length) builder = builder.where('rule_id', 'in', query.ruleId);
  if (query.agreementId) builder = builder.where('agreement_id', '=', query.agreementId);
  if (query.destination) builder = builder.where('destination', '=', query.destination);
  if (query.personId) builder = builder.where('person_id', '=', query.personId);
  if (query.from) builder = builder.where('date_lo', '>=', query.from);
  if (query.to) builder = builder.where('date_hi', '<=', `${query.to}~`);
  return builder;
}

/** A finding's position in the list order: its transfer's date, then transfer id and position, zero-padded. */
function key(row: Row): string {
  return `${row.transfer_id}#${String(row.position).padStart(4, '0')}`;
}

export async function listFindings(db: AnyDb, query: FindingQuery) {
  let builder = filtered(db, query).selectAll();
  if (query.after) {
    const { sortValue, key: afterKey } = query.after;
    const [transferId, position] = afterKey.split('#');
    builder = builder.where((expression: AnyExpressionBuilder) =>
      expression.or([
        expression('sort_date', '>', sortValue),
        expression.and([expression('sort_date', '=', sortValue), expression('transfer_id', '>', transferId)]),
        expression.and([
          expression('sort_date', '=', sortValue),
          expression('transfer_id', '=', transferId),
          expression('position', '>', Number(position)),
        ]),
      ]),
    );
  }
  const rows = (await builder
    .orderBy('sort_date')
    .orderBy('transfer_id')
    .orderBy('position')
    .limit(query.limit + 1)
    .execute()) as Row[];
  const items: StoredFinding[] = rows.slice(0, query.limit).map((row) => ({
    transferId: String(row.transfer_id),
    personId: String(row.person_id),
    packVersion: String(row.pack_version),
    evaluatedAt: String(row.evaluated_at),
    finding: JSON.parse(String(row.data)) as DecidedFinding,
  }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items, next: last ? { sortValue: String(last.sort_date), key: key(last) } : null };
}

async function countBy(
  db: AnyDb,
  query: Omit<FindingQuery, 'limit' | 'after'>,
  column: string,
): Promise<StatsRow[]> {
  const rows = (await filtered(db, query)
    .select([sql.ref(column).as('key'), sql`count(*)`.as('value')])
    .groupBy(column)
    .orderBy(column)
    .execute()) as Array<{ key: string; value: string | number }>;
  return rows.map((row) => ({ key: row.key, value: Number(row.value) }));
}

export async function countFindings(db: AnyDb, query: Omit<FindingQuery, 'limit' | 'after'>) {
  return { bySeverity: await countBy(db, query, 'severity'), byRule: await countBy(db, query, 'rule_id') };
}

export async function transfersNeedingEvaluation(
  db: AnyDb,
  packVersion: string,
  limit: number,
  after?: string,
): Promise<string[]> {
  let builder = db
    .selectFrom('transfers')
    .leftJoin('transfer_evaluations', 'transfer_evaluations.transfer_id', 'transfers.id')
    .select('transfers.id')
    .where('transfers.retracted_at', 'is', null)
    .where((expression: AnyExpressionBuilder) =>
      expression.or([
        expression('transfer_evaluations.transfer_id', 'is', null),
        expression('transfer_evaluations.pack_version', '!=', packVersion),
      ]),
    )
    .orderBy('transfers.id')
    .limit(limit);
  // Resuming after the last id seen keeps a pass over the registry linear, whatever happens to earlier rows.
  if (after !== undefined) builder = builder.where('transfers.id', '>', after);
  const rows = (await builder.execute()) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
