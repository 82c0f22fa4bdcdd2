import type { KindName } from '../entities/index.js';
import { DomainError, notFound, versionConflict } from '../errors.js';
import type { EntityReader, Stored, UnitOfWork } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import { refreshEvaluations, transfersOfPersons } from './findings.js';
import { byPerson, listAll } from './listAll.js';

/** The kinds of fact that belong to a person besides their records: they follow the person in a merge. */
export const PERSON_FACT_KINDS = ['allegation', 'legalEvent', 'transfer', 'custodyEvent'] as const;
export type PersonFactKind = (typeof PERSON_FACT_KINDS)[number];

/** A fact of a person with its kind. */
export interface PersonFact {
  kind: PersonFactKind;
  stored: Stored<PersonFactKind>;
}

/** Whether every source cited is fictional (demo data): such records make, and join, fictional persons only. */
export async function fromFictionalSources(
  reader: EntityReader,
  sourceIds: readonly string[],
): Promise<boolean> {
  const sources = await reader.getMany('source', sourceIds);
  return sources.length > 0 && sources.every((source) => source.data.fictional);
}

/** A live person, or the error that says why it cannot change (missing, retracted, or not the version read). */
export async function requireLivePerson(
  reader: EntityReader,
  personId: string,
  expectedVersion?: number,
): Promise<Stored<'person'>> {
  const person = await reader.get('person', personId);
  if (!person) throw notFound('person', personId);
  if (person.retracted) {
    throw new DomainError(
      'already_retracted',
      `person ${personId} was retracted: ${person.retracted.reason}`,
      {
        kind: 'person',
        id: personId,
      },
    );
  }
  if (expectedVersion !== undefined && person.version !== expectedVersion) {
    throw versionConflict('person', personId, expectedVersion, person.version);
  }
  return person;
}

/** The live records of a person. */
export function recordsOf(reader: EntityReader, personId: string): Promise<Array<Stored<'personRecord'>>> {
  return listAll(reader, 'personRecord', byPerson(personId));
}

/** The live allegations, legal events, transfers and custody events of a person. */
export async function factsOf(reader: EntityReader, personId: string): Promise<PersonFact[]> {
  const facts: PersonFact[] = [];
  for (const kind of PERSON_FACT_KINDS) {
    for (const stored of await listAll(reader, kind, byPerson(personId))) facts.push({ kind, stored });
  }
  return facts;
}

/** Moves records to a person, one unit-of-work update each, so every move is audited with before and after. */
export async function moveRecords(
  unitOfWork: UnitOfWork,
  records: ReadonlyArray<Stored<'personRecord'>>,
  personId: string,
): Promise<void> {
  for (const record of records) {
    await unitOfWork.update('personRecord', record.id, record.version, { ...record.data, personId });
  }
}

/** Moves facts to a person, one audited update each. */
export async function moveFacts(
  unitOfWork: UnitOfWork,
  facts: readonly PersonFact[],
  personId: string,
): Promise<void> {
  for (const { kind, stored } of facts) {
    // The kind and the data come as a pair TypeScript cannot correlate across the union; each fact keeps its own.
    await unitOfWork.update(kind as KindName, stored.id, stored.version, {
      ...stored.data,
      personId,
    } as never);
  }
}

/**
 * Marks a change of who a person is (records joined or split off) on the person itself: a new version, with the
 * fictional flag recomputed. A merge or split sent with a stale version of the person then fails, and two that
 * race on one person take turns.
 */
export function touchPerson(unitOfWork: UnitOfWork, person: Stored<'person'>, fictional: boolean) {
  return unitOfWork.update('person', person.id, person.version, { ...person.data, fictional });
}

/** Findings of the persons' transfers are recomputed: a move changes whose facts a transfer's bundle holds. */
export async function refreshPersonsFindings(
  context: UseCaseContext,
  unitOfWork: UnitOfWork,
  personIds: readonly string[],
): Promise<void> {
  const transferIds = await transfersOfPersons(unitOfWork, personIds);
  await refreshEvaluations(unitOfWork, transferIds, context.rules, context.clock().toISOString());
}

/** Fails with cannot_link when a reviewer rejected a match between the two persons' records. */
export async function assertMayLink(
  reader: EntityReader,
  personId: string,
  otherPersonId: string,
): Promise<void> {
  if (await reader.personsCannotLink(personId, otherPersonId)) {
    throw new DomainError(
      'cannot_link',
      `persons ${personId} and ${otherPersonId} cannot be merged: a reviewer rejected a match between their records`,
      { personId, otherPersonId },
    );
  }
}

/** What a merge did, so that a split can undo it exactly. */
export interface MergeResult {
  person: Stored<'person'>;
  merged: Stored<'person'>;
  moved: { recordIds: string[]; factIds: string[] };
}

/**
 * Merges `other` into `survivor`: every live record and fact of `other` moves (audited), `survivor` gets a new
 * version, and the emptied `other` is retracted with the reason `merged into <survivor id>`. The caller has
 * checked that the two may be linked.
 */
export async function mergeInto(
  context: UseCaseContext,
  unitOfWork: UnitOfWork,
  survivor: Stored<'person'>,
  other: Stored<'person'>,
  reason: string,
): Promise<MergeResult> {
  const records = await recordsOf(unitOfWork, other.id);
  const facts = await factsOf(unitOfWork, other.id);
  await moveRecords(unitOfWork, records, survivor.id);
  await moveFacts(unitOfWork, facts, survivor.id);
  const person = await touchPerson(unitOfWork, survivor, survivor.data.fictional && other.data.fictional);
  const merged = await unitOfWork.retract(
    'person',
    other.id,
    other.version,
    `merged into ${survivor.id}: ${reason}`,
  );
  await refreshPersonsFindings(context, unitOfWork, [survivor.id]);
  return {
    person,
    merged,
    moved: { recordIds: records.map((record) => record.id), factIds: facts.map((fact) => fact.stored.id) },
  };
}
