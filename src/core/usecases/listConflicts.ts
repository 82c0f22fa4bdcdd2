import {
  comparePositions,
  detectConflicts,
  factsAsSeenBy,
  positionOf,
  type ConflictPosition,
} from '../conflicts/detect.js';
import type { Conflict, ConflictCode, PersonFacts } from '../conflicts/types.js';
import type { KindName } from '../entities/index.js';
import type { EntityReader, Stored } from '../ports/store.js';
import type { Role } from '../roles.js';

/** Persons whose facts are read together, in one query per kind. */
const PERSON_BATCH = 100;

/**
 * The most persons one page of the registry's list examines. Conflicts are computed on read, and most persons
 * have none: without a bound, a page of 50 could read the whole registry. A page may therefore hold fewer items
 * than asked and still have a next cursor; only a null cursor says the list is done.
 */
export const MAX_PERSONS_PER_PAGE = 1000;

async function listIn<K extends KindName>(
  reader: EntityReader,
  kind: K,
  column: string,
  values: string[],
): Promise<Array<Stored<K>>> {
  // `in ()` is a syntax error on PostgreSQL.
  if (values.length === 0) return [];
  const all: Array<Stored<K>> = [];
  let after: { sortValue: string | null; id: string } | undefined;
  do {
    const page = await reader.list(kind, {
      conditions: [{ op: 'in', column, values }],
      sort: { field: 'id', direction: 'asc' },
      limit: 500,
      after,
      includeRetracted: false,
    });
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return all;
}

function groupByPerson<T extends { data: { personId?: string | undefined } }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const personId = item.data.personId;
    if (personId) groups.set(personId, [...(groups.get(personId) ?? []), item]);
  }
  return groups;
}

/** The movements the transfers name, read in one query. */
async function movementsOf(reader: EntityReader, transfers: Array<Stored<'transfer'>>) {
  const ids = [...new Set(transfers.flatMap((transfer) => transfer.data.movementId ?? []))];
  return ids.length === 0 ? [] : reader.getMany('movement', ids);
}

/** The facts conflicts are computed from, for several persons at once: four queries whatever their number. */
export async function loadPersonFacts(
  reader: EntityReader,
  personIds: string[],
): Promise<Map<string, PersonFacts>> {
  const records = groupByPerson(await listIn(reader, 'personRecord', 'person_id', personIds));
  const custodyEvents = groupByPerson(await listIn(reader, 'custodyEvent', 'person_id', personIds));
  const allTransfers = await listIn(reader, 'transfer', 'person_id', personIds);
  const movements = new Map(
    (await movementsOf(reader, allTransfers)).map((movement) => [movement.id, movement]),
  );
  const transfers = groupByPerson(allTransfers);
  return new Map(
    personIds.map((personId) => {
      const own = transfers.get(personId) ?? [];
      const movementIds = new Set(own.flatMap((transfer) => transfer.data.movementId ?? []));
      return [
        personId,
        {
          records: records.get(personId) ?? [],
          custodyEvents: custodyEvents.get(personId) ?? [],
          transfers: own,
          movements: [...movementIds].flatMap((id) => movements.get(id) ?? []),
        },
      ];
    }),
  );
}

/** How conflicts are judged for a reader: at the clock's time, on the facts as the role may see them. */
export interface ConflictView {
  now: Date;
  role: Role;
}

/** A person's conflicts, read from the store. */
export async function personConflicts(
  reader: EntityReader,
  personId: string,
  view: ConflictView,
): Promise<Conflict[]> {
  const facts = (await loadPersonFacts(reader, [personId])).get(personId);
  return facts ? detectConflicts(factsAsSeenBy(facts, view.role), view.now) : [];
}

/** A person's conflicts from facts a view already read (only the transfers' movements are read here). */
export async function conflictsAmong(
  reader: EntityReader,
  facts: Omit<PersonFacts, 'movements'> & { transfers: Array<Stored<'transfer'>> },
  view: ConflictView,
): Promise<Conflict[]> {
  const movements = await movementsOf(reader, facts.transfers);
  return detectConflicts(factsAsSeenBy({ ...facts, movements }, view.role), view.now);
}

/** Where a page of the registry's list stopped: inside a person's conflicts, or after the whole person. */
export interface ConflictListPosition {
  personId: string;
  position: ConflictPosition | null;
}

export interface ConflictListQuery {
  codes?: readonly ConflictCode[] | undefined;
  personId?: string | undefined;
  limit: number;
  after?: ConflictListPosition | undefined;
}

export type ListedConflict = Conflict & { personId: string };

export interface ConflictPage {
  items: ListedConflict[];
  next: ConflictListPosition | null;
  /** How many persons this page examined (at most MAX_PERSONS_PER_PAGE). */
  personsExamined: number;
}

/**
 * Conflicts across the registry, person by person in id order, for editors (the facts are judged as they are
 * stored, birth dates to the day). Computed on read: each page reads the facts of the persons it examines, a
 * batch at a time, and stops at `limit` conflicts or MAX_PERSONS_PER_PAGE persons.
 */
export async function listConflicts(
  reader: EntityReader,
  query: ConflictListQuery,
  now: Date,
): Promise<ConflictPage> {
  const page = new PageBuilder(query, now);
  const resumed = query.after;
  if (resumed?.position && (!query.personId || query.personId === resumed.personId)) {
    // The person the previous page stopped inside, from where it stopped.
    const facts = await loadPersonFacts(reader, [resumed.personId]);
    const done = page.examine(resumed.personId, facts, resumed.position, !query.personId);
    if (done) return done;
  }
  let afterId = resumed?.personId;
  while (page.examined < MAX_PERSONS_PER_PAGE) {
    const persons = await reader.list('person', {
      conditions: query.personId ? [{ op: 'eq', column: 'id', value: query.personId }] : [],
      sort: { field: 'id', direction: 'asc' },
      limit: Math.min(PERSON_BATCH, MAX_PERSONS_PER_PAGE - page.examined),
      after: afterId === undefined ? undefined : { sortValue: null, id: afterId },
      includeRetracted: false,
    });
    const ids = persons.items.map((person) => person.id);
    const facts = await loadPersonFacts(reader, ids);
    for (const [index, personId] of ids.entries()) {
      const done = page.examine(personId, facts, null, index < ids.length - 1 || persons.next !== null);
      if (done) return done;
    }
    const last = ids.at(-1);
    if (!persons.next || last === undefined) return page.end(null);
    afterId = last;
  }
  return page.end(afterId === undefined ? null : { personId: afterId, position: null });
}

/** Collects a page's conflicts and knows when it is full and where the next page starts. */
class PageBuilder {
  readonly items: ListedConflict[] = [];
  examined = 0;

  constructor(
    private readonly query: ConflictListQuery,
    private readonly now: Date,
  ) {}

  /** Adds a person's conflicts after `resumeAt`; returns the page when it is full. */
  examine(
    personId: string,
    facts: Map<string, PersonFacts>,
    resumeAt: ConflictPosition | null,
    morePersons: boolean,
  ): ConflictPage | undefined {
    this.examined += 1;
    const personFacts = facts.get(personId);
    if (!personFacts) return undefined;
    const found = detectConflicts(personFacts, this.now).filter(
      (conflict) =>
        (!this.query.codes || this.query.codes.includes(conflict.code)) &&
        (!resumeAt || comparePositions(positionOf(conflict), resumeAt) > 0),
    );
    for (const [taken, conflict] of found.entries()) {
      this.items.push({ personId, ...conflict });
      if (this.items.length < this.query.limit) continue;
      const moreHere = taken < found.length - 1;
      if (!moreHere && !morePersons) return this.end(null);
      return this.end({ personId, position: moreHere ? positionOf(conflict) : null });
    }
    return undefined;
  }

  end(next: ConflictListPosition | null): ConflictPage {
    return { items: this.items, next, personsExamined: this.examined };
  }
}
