import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { kindOf, type KindName } from '../core/entities/index.js';
import type {
  Condition,
  EntityReader,
  FindingQuery,
  ListQuery,
  Page,
  Stored,
  TransferEvaluation,
} from '../core/ports/store.js';
import type { CannotLink, KeyHit, MatchQuery, PersonMatch } from '../core/ports/personLinkage.js';
import type { DialectCapabilities } from './dialect.js';
import type { ImportIdentity, ImportState, NumberedProblem } from '../core/ports/imports.js';
import type { ApiToken, Session, User } from '../core/ports/accounts.js';
import * as accounts from './accountQueries.js';
import * as findings from './findingsQueries.js';
import * as imports from './importQueries.js';
import { personRecordsByKeys } from './personKeysQueries.js';
import * as matches from './personMatchQueries.js';
import { fromRow, READ_COLUMNS, type Row } from './rows.js';

// Tables are chosen at run time from the kind registry, so the query builder cannot be typed per table here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyExpressionBuilder = ExpressionBuilder<any, any>;

const SORT_COLUMNS = { date: 'sort_date', created: 'created_at', updated: 'updated_at', id: 'id' } as const;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** `|A|B|` contains A: a LIKE with the value escaped, so `%` or `_` in user input match only themselves. */
function tokenMatch(column: Expression<unknown> | string, value: string) {
  const pattern = `%|${escapeLike(value)}|%`;
  return typeof column === 'string'
    ? sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`
    : sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

function conditionExpression(builder: AnyExpressionBuilder, table: string, condition: Condition) {
  switch (condition.op) {
    case 'eq':
      return builder(`${table}.${condition.column}`, '=', condition.value);
    case 'in':
      return builder(`${table}.${condition.column}`, 'in', condition.values);
    case 'token':
      return tokenMatch(`${table}.${condition.column}`, condition.value);
    case 'exists': {
      const inner = condition.table;
      const subquery = builder
        .selectFrom(inner)
        .select(sql.lit(1).as('one'))
        .whereRef(`${inner}.${condition.foreignKey}`, '=', `${table}.id`)
        .where(`${inner}.retracted_at`, 'is', null)
        .where((innerBuilder: AnyExpressionBuilder) =>
          condition.match === 'eq'
            ? innerBuilder(`${inner}.${condition.column}`, '=', condition.value)
            : tokenMatch(`${inner}.${condition.column}`, condition.value),
        );
      return builder.exists(subquery);
    }
  }
}

/** Reads over one connection or transaction; shared by the store and its units of work. */
export class EntityQueries implements EntityReader {
  constructor(
    protected readonly db: AnyDb,
    protected readonly capabilities: DialectCapabilities,
  ) {}

  async get<K extends KindName>(kind: K, id: string): Promise<Stored<K> | undefined> {
    const row = await this.db
      .selectFrom(kindOf(kind).table)
      .select(READ_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow<K>(row as Row) : undefined;
  }

  async getMany<K extends KindName>(kind: K, ids: readonly string[]): Promise<Array<Stored<K>>> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const rows: Row[] = [];
    // PostgreSQL takes the ids as one array parameter (a list of thousands of parameters costs more to plan
    // than to run); SQLite's `in` list is cheap, within its parameter limit.
    const chunkSize = this.capabilities.name === 'postgres' ? 10_000 : 1000;
    for (let start = 0; start < unique.length; start += chunkSize) {
      const chunk = unique.slice(start, start + chunkSize);
      const builder = this.db.selectFrom(kindOf(kind).table).select(READ_COLUMNS);
      const matching =
        this.capabilities.name === 'postgres'
          ? builder.where(sql<SqlBool>`id = any(${chunk}::text[])`)
          : builder.where('id', 'in', chunk);
      rows.push(...((await matching.execute()) as Row[]));
    }
    return rows.map((row) => fromRow<K>(row));
  }

  async list<K extends KindName>(kind: K, query: ListQuery): Promise<Page<K>> {
    const table = kindOf(kind).table;
    const sortColumn = SORT_COLUMNS[query.sort.field];
    const descending = query.sort.direction === 'desc';
    let builder = this.db.selectFrom(table).select(READ_COLUMNS).select(sql.ref(sortColumn).as('sort_value'));
    if (!query.includeRetracted) builder = builder.where('retracted_at', 'is', null);
    for (const condition of query.conditions) {
      builder = builder.where((expression: AnyExpressionBuilder) =>
        conditionExpression(expression, table, condition),
      );
    }
    const range = query.dateRange;
    if (range?.from) {
      builder = builder.where(range.mode === 'within' ? 'date_lo' : 'date_hi', '>=', range.from);
      // Implied by the condition above (sort_date is date_lo for dated rows); stated so the (filter, sort_date)
      // indexes can scan just the range.
      if (range.mode === 'within') builder = builder.where('sort_date', '>=', range.from);
    }
    if (range?.to) {
      // '~' sorts after 'T', so an instant on the last day (2025-03-15T22:45Z) is still inside.
      builder = builder.where(range.mode === 'within' ? 'date_hi' : 'date_lo', '<=', `${range.to}~`);
      builder = builder.where('sort_date', '<=', `${range.to}~`);
    }
    if (query.after) {
      const { sortValue, id } = query.after;
      const operator = descending ? '<' : '>';
      builder =
        sortColumn === 'id'
          ? builder.where('id', operator, id)
          : builder.where((expression: AnyExpressionBuilder) =>
              expression.or([
                expression(sortColumn, operator, sortValue),
                expression.and([expression(sortColumn, '=', sortValue), expression('id', operator, id)]),
              ]),
            );
    }
    const direction = descending ? 'desc' : 'asc';
    builder = builder.orderBy(sortColumn, direction);
    if (sortColumn !== 'id') builder = builder.orderBy('id', direction);
    const rows = (await builder.limit(query.limit + 1).execute()) as Row[];
    const items = rows.slice(0, query.limit).map((row) => fromRow<K>(row));
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      items,
      next: last
        ? { sortValue: last.sort_value === null ? null : String(last.sort_value), id: String(last.id) }
        : null,
    };
  }

  async count(kind: KindName, conditions: Condition[] = []): Promise<number> {
    const table = kindOf(kind).table;
    let builder = this.db
      .selectFrom(table)
      .select((expression: AnyExpressionBuilder) => expression.fn.countAll().as('total'))
      .where('retracted_at', 'is', null);
    for (const condition of conditions) {
      builder = builder.where((expression: AnyExpressionBuilder) =>
        conditionExpression(expression, table, condition),
      );
    }
    const row = (await builder.executeTakeFirstOrThrow()) as { total: string | number };
    return Number(row.total);
  }

  async *scan<K extends KindName>(kind: K, batchSize: number): AsyncIterable<Array<Stored<K>>> {
    let after: string | undefined;
    for (;;) {
      let builder = this.db
        .selectFrom(kindOf(kind).table)
        .select(READ_COLUMNS)
        .orderBy('id')
        .limit(batchSize);
      if (after !== undefined) builder = builder.where('id', '>', after);
      const rows = (await builder.execute()) as Row[];
      if (rows.length === 0) return;
      yield rows.map((row) => fromRow<K>(row));
      after = String(rows.at(-1)?.id);
    }
  }

  getEvaluations(transferIds: readonly string[]): Promise<TransferEvaluation[]> {
    return findings.getEvaluations(this.db, transferIds);
  }

  listFindings(query: FindingQuery) {
    return findings.listFindings(this.db, query);
  }

  countFindings(query: Omit<FindingQuery, 'limit' | 'after'>) {
    return findings.countFindings(this.db, query);
  }

  transfersNeedingEvaluation(packVersion: string, limit: number, after?: string): Promise<string[]> {
    return findings.transfersNeedingEvaluation(this.db, packVersion, limit, after);
  }

  personRecordsByKeys(keys: readonly string[], perKey: number): Promise<KeyHit[]> {
    return personRecordsByKeys(this.db, keys, perKey);
  }

  getMatch(id: string): Promise<PersonMatch | undefined> {
    return matches.getMatch(this.db, id);
  }

  listMatches(query: MatchQuery): Promise<{ items: PersonMatch[]; next: string | null }> {
    return matches.listMatches(this.db, query);
  }

  personsCannotLink(personId: string, otherPersonId: string): Promise<boolean> {
    return matches.personsCannotLink(this.db, personId, otherPersonId);
  }

  scanMatches(batchSize: number): AsyncIterable<PersonMatch[]> {
    return matches.scanMatches(this.db, batchSize);
  }

  scanCannotLinks(batchSize: number): AsyncIterable<CannotLink[]> {
    return matches.scanCannotLinks(this.db, batchSize);
  }

  findImport(identity: ImportIdentity): Promise<ImportState | undefined> {
    return imports.findImport(this.db, identity);
  }

  getImport(id: string): Promise<ImportState | undefined> {
    return imports.getImport(this.db, id);
  }

  listImports(options: { limit: number; before?: string | undefined }): Promise<ImportState[]> {
    return imports.listImports(this.db, options);
  }

  importProblems(
    id: string,
    options: { afterSeq?: number | undefined; limit: number },
  ): Promise<NumberedProblem[]> {
    return imports.importProblems(this.db, id, options);
  }

  userById(id: string): Promise<User | undefined> {
    return accounts.userById(this.db, id);
  }

  userByEmail(email: string): Promise<User | undefined> {
    return accounts.userByEmail(this.db, email);
  }

  listUsers(): Promise<User[]> {
    return accounts.listUsers(this.db);
  }

  sessionByHash(hash: string): Promise<{ session: Session; user: User } | undefined> {
    return accounts.sessionByHash(this.db, hash);
  }

  tokenByHash(hash: string): Promise<{ token: ApiToken; user: User } | undefined> {
    return accounts.tokenByHash(this.db, hash);
  }

  tokenById(id: string): Promise<ApiToken | undefined> {
    return accounts.tokenById(this.db, id);
  }

  listSessions(userId: string, options: { activeOnly: boolean }): Promise<Session[]> {
    return accounts.listSessions(this.db, userId, options.activeOnly);
  }

  listTokens(userId?: string): Promise<ApiToken[]> {
    return accounts.listTokens(this.db, userId);
  }
}
