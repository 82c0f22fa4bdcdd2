import { z } from 'zod';
import { kindOf, type FilterSpec, type KindName } from '../entities/index.js';
import type { CursorCodec } from '../access/cursors.js';
import { invalidInput, type Issue } from '../errors.js';
import type { Condition, ListQuery, Page, Store } from '../ports/store.js';
import { resolveCountry } from '../values/country.js';
import { earliestDay, latestDay, partialDateProblem, type PartialDate } from '../values/partialDate.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** What a caller may ask of a list, before it is turned into a store query. */
export interface ListRequest {
  filters: Record<string, string>;
  from?: string | undefined;
  to?: string | undefined;
  dateMatch?: 'within' | 'overlaps' | undefined;
  sort?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
  includeRetracted?: boolean | undefined;
}

// A cursor comes back from the caller, so what it decodes to is input like any other: a sort value without
// control characters (PostgreSQL refuses NUL in text) and an id of the form the registry makes.
const cursorSchema = z.tuple([
  z
    .string()
    .max(200)
    .refine((text) => !/\p{Cc}/u.test(text))
    .nullable(),
  z.string().regex(/^[0-9A-Za-z_-]{1,200}$/),
]);

/** The position after the last item of a page, as an opaque, sealed token for the next request. */
export function encodeCursor(
  position: { sortValue: string | null; id: string },
  sort: string,
  cursors: CursorCodec,
): string {
  return cursors.seal([position.sortValue, position.id, sort]);
}

function decodeCursor(cursor: string, sort: string, cursors: CursorCodec): ListQuery['after'] {
  try {
    const parsed = cursors.open(cursor);
    if (!Array.isArray(parsed)) throw new Error('not a cursor of this registry');
    const [sortValue, id] = cursorSchema.parse(parsed.slice(0, 2));
    if (parsed[2] !== sort) throw new Error('cursor from another sort order');
    return { sortValue, id };
  } catch {
    throw invalidInput([
      { path: ['cursor'], message: 'not a cursor from this list and sort order: start again without it' },
    ]);
  }
}

function filterValue(spec: FilterSpec, name: string, raw: string, issues: Issue[]): string | undefined {
  if (spec.value === 'country') {
    const code = resolveCountry(raw);
    if (!code) issues.push({ path: [name], message: `unknown country "${raw}"` });
    return code;
  }
  if (spec.value === 'boolean') {
    if (raw !== 'true' && raw !== 'false') issues.push({ path: [name], message: 'expected true or false' });
    return raw === 'true' ? '1' : '0';
  }
  if (raw.length === 0 || raw.length > 200)
    issues.push({ path: [name], message: 'expected 1 to 200 characters' });
  // No stored text holds NUL, and PostgreSQL fails on it instead of finding nothing.
  if (raw.includes('\u0000'))
    issues.push({ path: [name], message: 'must not contain NUL (U+0000) characters' });
  return raw;
}

function toCondition(kind: KindName, spec: FilterSpec, value: string): Condition {
  switch (spec.op) {
    case 'eq':
      return { op: 'eq', column: spec.column, value: spec.value === 'boolean' ? Number(value) : value };
    case 'in':
      return { op: 'in', column: spec.column, values: value.split(',').map((part) => part.trim()) };
    case 'token':
      return { op: 'token', column: spec.column, value };
    case 'exists':
      return {
        op: 'exists',
        table: kindOf(spec.kind).table,
        foreignKey: spec.foreignKey,
        column: spec.column,
        match: spec.match,
        value,
      };
  }
  throw new Error(`unhandled filter on ${kind}`);
}

function dateBound(name: 'from' | 'to', raw: string | undefined, issues: Issue[]): string | undefined {
  if (raw === undefined) return undefined;
  const problem = partialDateProblem(raw);
  if (problem) {
    issues.push({ path: [name], message: `invalid date "${raw}": ${problem}` });
    return undefined;
  }
  return name === 'from' ? earliestDay(raw as PartialDate) : latestDay(raw as PartialDate);
}

/** Turns a caller's list request into a store query, naming each bad parameter; unknown filters are errors. */
export function buildListQuery(kindName: KindName, request: ListRequest, cursors: CursorCodec): ListQuery {
  const kind = kindOf(kindName);
  const issues: Issue[] = [];
  const conditions: Condition[] = [];
  for (const [name, raw] of Object.entries(request.filters)) {
    const spec = kind.filters[name] ?? (name === 'sourceId' ? SOURCE_FILTER : undefined);
    if (!spec) {
      const known = [...Object.keys(kind.filters), 'sourceId'].join(', ');
      issues.push({ path: [name], message: `unknown filter for ${kind.collection} (known: ${known})` });
      continue;
    }
    const value = filterValue(spec, name, raw, issues);
    if (value !== undefined) conditions.push(toCondition(kindName, spec, value));
  }
  const from = dateBound('from', request.from, issues);
  const to = dateBound('to', request.to, issues);
  const sortText = request.sort ?? 'date';
  const sortMatch = /^(-?)(date|created|updated|id)$/.exec(sortText);
  if (!sortMatch)
    issues.push({ path: ['sort'], message: 'expected date, created, updated or id, with - for descending' });
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    issues.push({ path: ['limit'], message: `expected a whole number from 1 to ${MAX_PAGE_SIZE}` });
  }
  if (issues.length > 0) throw invalidInput(issues, 'the list request is not valid');
  return {
    conditions,
    dateRange: from || to ? { from, to, mode: request.dateMatch ?? 'within' } : undefined,
    sort: {
      field: (sortMatch?.[2] ?? 'date') as ListQuery['sort']['field'],
      direction: sortMatch?.[1] ? 'desc' : 'asc',
    },
    limit,
    after: request.cursor ? decodeCursor(request.cursor, sortText, cursors) : undefined,
    includeRetracted: request.includeRetracted ?? false,
  };
}

const SOURCE_FILTER: FilterSpec = { op: 'token', column: 'source_ids', value: 'text' };

/** One page of a kind's entities with the cursor of the next page. */
export async function listEntities<K extends KindName>(
  store: Store,
  kindName: K,
  request: ListRequest,
  cursors: CursorCodec,
): Promise<{ page: Page<K>; nextCursor: string | null }> {
  const query = buildListQuery(kindName, request, cursors);
  const page = await store.list(kindName, query);
  return { page, nextCursor: page.next ? encodeCursor(page.next, request.sort ?? 'date', cursors) : null };
}
