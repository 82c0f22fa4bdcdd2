import { kindOf, type KindName, type PersonRecord } from '../core/entities/index.js';
import type { Stored, UnitOfWork } from '../core/ports/store.js';
import { THIS_IMPORT_SOURCE, type FactReference, type ImportProblem } from '../core/importing/types.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import { refreshEvaluations, transfersOfPersons } from '../core/usecases/findings.js';
import { decideArrival, queueMatches } from '../core/usecases/linkPersonRecord.js';
import { canonical } from '../core/values/canonical.js';
import type { Alternative } from '../core/entities/common.js';
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

/**
 * The fields that say where a fact was read, who it is about, how else it was read and what the importer noticed
 * about the reading kept, not what it says: a fact read again with other alternatives or warnings is the same fact
 * (alternatives are merged; the warnings are those of the reading kept).
 */
const PLACEMENT_FIELDS = new Set(['origin', 'sourceIds', 'personId', 'alternatives', 'warnings']);
/** Alternatives a fact keeps, as the schema allows. */
const MAX_ALTERNATIVES = 50;

/** What a fact says, as text that is equal exactly when two versions of it say the same. */
function substance(data: object): string {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) if (!PLACEMENT_FIELDS.has(field)) kept[field] = value;
  return JSON.stringify(canonical(kept));
}

/** The fields where `other` says something else than `kept`, as `other` gives them (null: it gives none). */
function differences(kept: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(kept), ...Object.keys(other)])) {
    if (PLACEMENT_FIELDS.has(field)) continue;
    const mine = JSON.stringify(canonical(kept[field] ?? null));
    const theirs = JSON.stringify(canonical(other[field] ?? null));
    if (mine !== theirs) values[field] = other[field] ?? null;
  }
  return values;
}

/** Words for an alternative's values in a report line: `count 31`, `toCountry NGA`. */
function describeValues(values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(([field, value]) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `${field} ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
  });
  return parts.join(', ');
}

/**
 * The alternatives of a fact whose values are `main`: every reading listed once (the first to give it), none that
 * says what the fact itself says, at most MAX_ALTERNATIVES.
 */
function mergeAlternatives(
  main: Record<string, unknown>,
  ...lists: Array<unknown>
): Alternative[] | undefined {
  const merged: Alternative[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const alternative of (list as Alternative[] | undefined) ?? []) {
      const values = Object.fromEntries(
        Object.entries(alternative.values).filter(
          ([field, value]) =>
            JSON.stringify(canonical(main[field] ?? null)) !== JSON.stringify(canonical(value)),
        ),
      );
      if (Object.keys(values).length === 0) continue;
      const seenAs = JSON.stringify(canonical({ values, column: alternative.column ?? null }));
      if (seen.has(seenAs) || merged.length === MAX_ALTERNATIVES) continue;
      seen.add(seenAs);
      merged.push({ ...alternative, values });
    }
  }
  return merged.length > 0 ? merged : undefined;
}

/** A fact's data with its alternatives set (or removed when there are none). */
function withAlternatives(data: Record<string, unknown>, alternatives: Alternative[] | undefined) {
  const copy = { ...data };
  if (alternatives) copy.alternatives = alternatives;
  else delete copy.alternatives;
  return copy;
}

/** A later row's reading of a fact the import already read from an earlier row, kept beside the first. */
function alternativeOf(
  kept: Record<string, unknown>,
  later: PendingFact,
  firstRow: number | undefined,
  sourceId: string,
): Alternative | undefined {
  const values = differences(kept, later.data);
  if (Object.keys(values).length === 0) return undefined;
  const alternative: Alternative = {
    values,
    sourceId,
    row: later.row,
    reason: `row ${later.row} gives other values for this ${kindOf(later.kind).label} than row ${firstRow ?? '?'}, whose are kept`,
  };
  if (later.sheet !== null) alternative.sheet = later.sheet;
  return alternative;
}

/** A warning line of the report about a fact another row also gave: the report page opens that fact. */
function factLine(fact: PendingFact, factId: string, value: string | null, reason: string): ImportProblem {
  return { factId, sheet: fact.sheet, row: fact.row, column: null, value, reason, severity: 'warning' };
}

/** The report line for a reading kept as an alternative. */
function alternativeProblem(
  fact: PendingFact,
  alternative: Alternative,
  firstRow: number | undefined,
  factId: string,
): ImportProblem {
  return factLine(
    fact,
    factId,
    describeValues(alternative.values).slice(0, 200),
    `gives other values for ${kindOf(fact.kind).label} ${fact.key} than row ${firstRow ?? '?'}: the first row's ` +
      `are kept, these as an alternative reading on the fact, for a person to decide`,
  );
}

/**
 * The report line for a reported count read again with the same values from another row: one event, unless the
 * key should have said otherwise (a mapping keyed by columns that do not tell events apart).
 */
function repeatedCountProblem(
  fact: PendingFact,
  firstRow: number | undefined,
  factId: string,
): ImportProblem {
  return factLine(
    fact,
    factId,
    null,
    `repeats the reported count ${fact.key} of row ${firstRow ?? '?'} (same key, same values): read as one ` +
      `event; if each row is an event of its own, the key must tell them apart (a mapping: leave out "key" or ` +
      `set "occurrence": true)`,
  );
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
 * - different, stored by this import (two rows disagree about one fact): the first row's values are kept, the
 *   other row's as an alternative reading on the fact (never dropped), and the conflict reported.
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
  const byKind = dedupe(facts, outcome, scope);
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
      const before = stored.data as Record<string, unknown>;
      if (storedOrigin?.sourceId === scope.sourceId) {
        // An earlier batch of this import wrote the fact: this row reads it again, the same or otherwise.
        if (substance(before) === substance(data)) {
          if (kind === 'reportedCount')
            outcome.problems.push(repeatedCountProblem(fact, storedOrigin.row, id));
          continue;
        }
        const alternative = alternativeOf(before, fact, storedOrigin.row, scope.sourceId);
        if (!alternative) continue;
        const alternatives = mergeAlternatives(before, before.alternatives, [alternative], data.alternatives);
        outcome.conflicts += 1;
        outcome.problems.push(alternativeProblem(fact, alternative, storedOrigin.row, id));
        await unitOfWork.update(kind, id, stored.version, withAlternatives(before, alternatives) as never);
        continue;
      }
      const alternatives = mergeAlternatives(data, before.alternatives, data.alternatives);
      if (substance(before) === substance(data)) {
        const same =
          JSON.stringify(canonical(alternatives ?? null)) ===
          JSON.stringify(canonical(before.alternatives ?? null));
        if (same) {
          bump(outcome.unchanged, kind);
          continue;
        }
      }
      const merged = {
        ...withAlternatives(data, alternatives),
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

/**
 * Keeps the first fact of each kind and key; a later one that says something else becomes an alternative reading
 * of it (reported), one that says the same is the same fact read again (reported for reported counts).
 */
function dedupe(
  facts: readonly PendingFact[],
  outcome: BatchOutcome,
  scope: BatchScope,
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
    if (firstSubstance === JSON.stringify(fact.data) || substance(first.data) === substance(fact.data)) {
      if (fact.kind === 'reportedCount')
        outcome.problems.push(
          repeatedCountProblem(fact, first.row, factId(scope.dataset, fact.kind, fact.key)),
        );
      continue;
    }
    const alternative = alternativeOf(first.data, fact, first.row, scope.sourceId);
    if (!alternative) continue;
    outcome.conflicts += 1;
    outcome.problems.push(
      alternativeProblem(fact, alternative, first.row, factId(scope.dataset, fact.kind, fact.key)),
    );
    first.data.alternatives = mergeAlternatives(first.data, first.data.alternatives, [alternative]);
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
  const alternatives = data.alternatives as Alternative[] | undefined;
  if (alternatives?.some((alternative) => alternative.sourceId === THIS_IMPORT_SOURCE)) {
    data.alternatives = alternatives.map((alternative) =>
      alternative.sourceId === THIS_IMPORT_SOURCE
        ? { ...alternative, sourceId: scope.sourceId }
        : alternative,
    );
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
