import { kindOf, type KindName, type PersonRecord } from '../core/entities/index.js';
import type { Stored, UnitOfWork } from '../core/ports/store.js';
import type { FactReference, ImportProblem } from '../core/importing/types.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import { refreshEvaluations, transfersOfPersons } from '../core/usecases/findings.js';
import { decideArrival, queueMatches } from '../core/usecases/linkPersonRecord.js';
import { canonical } from '../core/values/canonical.js';
import { factId, personIdOfRecord } from './factIds.js';

/** A fact read from a row and checked against its kind's schema, waiting for its batch to be written. */
export interface PendingFact {
  kind: KindName;
  key: string;
  data: Record<string, unknown>;
  person?: string | undefined;
  references?: FactReference[] | undefined;
  sheet: string | null;
  row: number;
}

export interface BatchScope {
  context: UseCaseContext;
  importId: string;
  sourceId: string;
  dataset: string;
  fictional: boolean;
  batch: number;
}

/** What one batch did, to add to the import's counts. */
export interface BatchOutcome {
  created: Partial<Record<KindName, number>>;
  updated: Partial<Record<KindName, number>>;
  unchanged: Partial<Record<KindName, number>>;
  conflicts: number;
  retractedKept: number;
  problems: ImportProblem[];
}

/** The order kinds are written in: a fact after the facts it points at. */
export const WRITE_ORDER: readonly KindName[] = [
  'source',
  'agreement',
  'facility',
  'movement',
  'personRecord',
  'allegation',
  'legalEvent',
  'transfer',
  'custodyEvent',
  'reportedCount',
];

/** The fields that say where a fact was read and who it is about, not what it says. */
const PLACEMENT_FIELDS = new Set(['origin', 'sourceIds', 'personId']);

/** What a fact says, as text that is equal exactly when two versions of it say the same. */
function substance(data: object): string {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) if (!PLACEMENT_FIELDS.has(field)) kept[field] = value;
  return JSON.stringify(canonical(kept));
}

function bump(counts: Partial<Record<KindName, number>>, kind: KindName, by = 1): void {
  counts[kind] = (counts[kind] ?? 0) + by;
}

function hasName(record: Record<string, unknown>): boolean {
  return Boolean(record.fullName || record.givenNames || record.familyNames);
}

/**
 * Writes one batch of facts inside the caller's transaction. Each fact's id comes from its key, so a fact read
 * before (by an earlier import, or an earlier batch or run of this one) is found, not duplicated:
 * - new: inserted by the engine's bulk path, one audit entry per kind naming the ids; a new person record that
 *   names someone goes through linkage on arrival (it may join a person already known, or queue a review);
 * - the same as stored: left alone;
 * - different, stored by an earlier import (a corrected release): updated, audited with before and after, the
 *   new source added to its sources;
 * - different, stored by this import (two rows disagree about one fact): the first row's values are kept and the
 *   conflict reported.
 * Transfers created or changed, and those of persons whose facts changed, are re-evaluated by the rules.
 */
export async function writeBatch(
  unitOfWork: UnitOfWork,
  scope: BatchScope,
  facts: readonly PendingFact[],
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = {
    created: {},
    updated: {},
    unchanged: {},
    conflicts: 0,
    retractedKept: 0,
    problems: [],
  };
  const at = scope.context.clock().toISOString();
  const byKind = dedupe(facts, outcome);
  const personOfKey = new Map<string, string>();
  const changedPersons = new Set<string>();
  const transfersToEvaluate = new Set<string>();

  for (const kind of WRITE_ORDER) {
    const group = byKind.get(kind);
    if (!group || group.size === 0) continue;
    if (kind !== 'personRecord') await findEarlierPersons(unitOfWork, scope, group.values(), personOfKey);
    const ids = new Map<PendingFact, string>();
    for (const fact of group.values()) ids.set(fact, factId(scope.dataset, kind, fact.key));
    const existing = new Map(
      (await unitOfWork.getMany(kind, [...ids.values()])).map((stored) => [stored.id, stored] as const),
    );
    const inserts: Array<Stored<KindName>> = [];
    const persons: Array<Stored<'person'>> = [];
    for (const [fact, id] of ids) {
      const stored = existing.get(id);
      const data = placed(fact, scope);
      if (kind === 'personRecord') {
        const personId = (stored?.data as PersonRecord | undefined)?.personId;
        if (personId) {
          personOfKey.set(fact.key, personId);
          data.personId = personId;
        }
      } else if (fact.person !== undefined) {
        const personId = personOfKey.get(fact.person);
        if (personId === undefined) {
          outcome.problems.push({
            sheet: fact.sheet,
            row: fact.row,
            column: null,
            value: fact.person,
            reason: `no person record ${fact.person} in this data set: the ${kindOf(kind).label} was not written`,
            severity: 'error',
          });
          continue;
        }
        data.personId = personId;
      }
      if (!stored) {
        if (kind === 'personRecord') {
          const personId = await newRecordPerson(unitOfWork, scope, id, data, persons, at);
          personOfKey.set(fact.key, personId);
          data.personId = personId;
          if (hasName(data)) {
            bump(outcome.created, kind);
            continue; // inserted, audited and linked one by one (newRecordPerson)
          }
        }
        if (data.personId !== undefined) changedPersons.add(String(data.personId));
        if (kind === 'transfer') transfersToEvaluate.add(id);
        inserts.push(newStored(id, data, at));
        continue;
      }
      if (stored.retracted) {
        outcome.retractedKept += 1;
        continue;
      }
      const storedOrigin = (stored.data as { origin?: { sourceId?: string; row?: number } }).origin;
      if (substance(stored.data) === substance(data)) {
        // A fact an earlier batch of this import wrote is not "unchanged": it is the same fact read again.
        if (storedOrigin?.sourceId !== scope.sourceId) bump(outcome.unchanged, kind);
        continue;
      }
      if (storedOrigin?.sourceId === scope.sourceId) {
        outcome.conflicts += 1;
        outcome.problems.push({
          sheet: fact.sheet,
          row: fact.row,
          column: null,
          value: null,
          reason: `gives other values for ${kindOf(kind).label} ${fact.key} than row ${storedOrigin.row ?? '?'}; the first row's are kept`,
          severity: 'warning',
        });
        continue;
      }
      const before = stored.data as Record<string, unknown>;
      const merged = {
        ...data,
        personId: before.personId ?? data.personId,
        sourceIds: [...new Set([...((before.sourceIds as string[] | undefined) ?? []), scope.sourceId])],
      };
      if (merged.personId === undefined) delete merged.personId;
      bump(outcome.updated, kind);
      if (merged.personId !== undefined) changedPersons.add(String(merged.personId));
      if (kind === 'transfer') transfersToEvaluate.add(id);
      await unitOfWork.update(kind, id, stored.version, merged as never);
    }
    bump(outcome.created, kind, inserts.length);
    const audit = { importId: scope.importId, sourceId: scope.sourceId, batch: scope.batch, at };
    await unitOfWork.importFacts('person', persons, audit);
    await unitOfWork.importFacts(kind, inserts, audit);
  }
  await evaluate(unitOfWork, scope, transfersToEvaluate, changedPersons, at);
  return outcome;
}

/**
 * The persons of records named by key that this batch does not hold: records an earlier batch or import of the
 * data set wrote (a file of Custodia's own entities lists records first, their events after).
 */
async function findEarlierPersons(
  unitOfWork: UnitOfWork,
  scope: BatchScope,
  facts: Iterable<PendingFact>,
  personOfKey: Map<string, string>,
): Promise<void> {
  const missing = new Map<string, string>();
  for (const fact of facts) {
    if (fact.person !== undefined && !personOfKey.has(fact.person)) {
      missing.set(factId(scope.dataset, 'personRecord', fact.person), fact.person);
    }
  }
  if (missing.size === 0) return;
  for (const record of await unitOfWork.getMany('personRecord', [...missing.keys()])) {
    const key = missing.get(record.id);
    if (key !== undefined && record.data.personId && !record.retracted)
      personOfKey.set(key, record.data.personId);
  }
}

/** Keeps the first fact of each kind and key; a later one that says something else is a reported conflict. */
function dedupe(
  facts: readonly PendingFact[],
  outcome: BatchOutcome,
): Map<KindName, Map<string, PendingFact>> {
  const byKind = new Map<KindName, Map<string, PendingFact>>();
  const substances = new Map<PendingFact, string>();
  for (const fact of facts) {
    let group = byKind.get(fact.kind);
    if (!group) byKind.set(fact.kind, (group = new Map()));
    const first = group.get(fact.key);
    if (!first) {
      group.set(fact.key, fact);
      continue;
    }
    // Drafts of one profile build their fields in one order: plain JSON compares them (placement is added later).
    let firstSubstance = substances.get(first);
    if (firstSubstance === undefined) substances.set(first, (firstSubstance = JSON.stringify(first.data)));
    if (firstSubstance !== JSON.stringify(fact.data) && substance(first.data) !== substance(fact.data)) {
      outcome.conflicts += 1;
      outcome.problems.push({
        sheet: fact.sheet,
        row: fact.row,
        column: null,
        value: null,
        reason: `gives other values for ${kindOf(fact.kind).label} ${fact.key} than row ${first.row}; the first row's are kept`,
        severity: 'warning',
      });
    }
  }
  return byKind;
}

/** The fact's data with its source, its row and the ids of the facts it points at. */
function placed(fact: PendingFact, scope: BatchScope): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...fact.data,
    sourceIds: [scope.sourceId],
    origin: { sourceId: scope.sourceId, sheet: fact.sheet ?? undefined, row: fact.row },
  };
  for (const reference of fact.references ?? []) {
    data[reference.field] = factId(scope.dataset, reference.kind, reference.key);
  }
  return data;
}

function newStored(id: string, data: Record<string, unknown>, at: string): Stored<KindName> {
  return {
    id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    retracted: null,
    data: canonical(data) as never,
  };
}

/**
 * The person of a new record. A record that names someone is linked on arrival, as when a person enters it by
 * hand: it joins the person it surely matches, or a new one, with likely matches queued for review; it is
 * inserted here, audited. A record that names nobody (the release identifiers of public data) gets a person of
 * its own, made with the batch.
 */
async function newRecordPerson(
  unitOfWork: UnitOfWork,
  scope: BatchScope,
  recordId: string,
  data: Record<string, unknown>,
  persons: Array<Stored<'person'>>,
  at: string,
): Promise<string> {
  const ownPerson = personIdOfRecord(recordId);
  if (!hasName(data)) {
    persons.push(newStored(ownPerson, { fictional: scope.fictional }, at) as Stored<'person'>);
    return ownPerson;
  }
  const record = canonical(data) as unknown as PersonRecord;
  const arrival = await decideArrival(unitOfWork, record, scope.fictional);
  const personId =
    arrival.personId ??
    (await unitOfWork.insert('person', { id: ownPerson, data: { fictional: scope.fictional } })).id;
  const stored = await unitOfWork.insert('personRecord', { id: recordId, data: { ...record, personId } });
  await queueMatches(scope.context, unitOfWork, stored, arrival.review);
  return personId;
}

/** Re-evaluates the transfers the batch created or changed, and those of persons whose facts it changed. */
async function evaluate(
  unitOfWork: UnitOfWork,
  scope: BatchScope,
  transfers: Set<string>,
  persons: Set<string>,
  at: string,
): Promise<void> {
  const ids = new Set(transfers);
  // Most persons of a large import have no transfer at all (detention stints): a count per chunk of them, on the
  // person_id index, spares listing transfers that are not there.
  const all = [...persons];
  for (let start = 0; start < all.length; start += 1000) {
    const chunk = all.slice(start, start + 1000);
    if ((await unitOfWork.count('transfer', [{ op: 'in', column: 'person_id', values: chunk }])) === 0)
      continue;
    for (const id of await transfersOfPersons(unitOfWork, chunk)) ids.add(id);
  }
  if (ids.size === 0) return;
  await refreshEvaluations(unitOfWork, [...ids].sort(), scope.context.rules, at);
}
