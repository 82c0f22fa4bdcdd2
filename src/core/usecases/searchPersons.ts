import { DomainError, invalidInput } from '../errors.js';
import type { ComparisonExplanation } from '../linkage/engine/explain.js';
import { registryMatcher } from '../linkage/registryMatcher.js';
import { searchQueryKeys } from '../linkage/searchKeys.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { assertMayRead, presentEntity, type Presented } from '../presenters/entityPresenter.js';
import { roleAtLeast, type Role } from '../roles.js';
import type { PartialDate } from '../values/partialDate.js';
import { roundedBits } from './listMatches.js';
import { bestByPerson, findCandidates, livePersons, type ScoredPerson } from './personCandidates.js';

export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;

/** Hits scored beyond the limit, in case some belong to retracted persons. */
const RETRACTED_ALLOWANCE = 5;

/** A search for a person: a name in any order, and what else the searcher knows. */
export interface PersonSearch {
  q: string;
  birthDate?: PartialDate | undefined;
  /** ISO 3166 alpha-3. */
  nationality?: string | undefined;
  identifier?: string | undefined;
  limit: number;
}

/** One reason for a hit: a comparison, the level reached, its weight in bits, and the two values compared. */
export interface HitReason {
  comparison: string;
  level: string;
  weight: number;
  queryValue: unknown;
  recordValue: unknown;
}

function nameOf(record: Presented, field: 'givenNames' | 'familyNames'): unknown {
  return record[field] ?? record.fullName ?? null;
}

/** The values a comparison looked at, the record's as the role may see it. */
function comparedValues(comparison: string, search: PersonSearch, record: Presented): [unknown, unknown] {
  switch (comparison) {
    case 'given_name':
      return [search.q, nameOf(record, 'givenNames')];
    case 'family_name':
      return [search.q, nameOf(record, 'familyNames')];
    case 'birth_date':
      return [search.birthDate ?? null, record.birthDate ?? null];
    case 'identifier':
      return [search.identifier ?? null, record.identifiers ?? null];
    case 'nationality':
      return [search.nationality ?? null, record.nationalities ?? null];
    case 'sex':
      return [null, record.sex ?? null];
    default:
      return [null, null];
  }
}

function reasons(
  bars: readonly ComparisonExplanation[],
  search: PersonSearch,
  record: Presented,
): HitReason[] {
  return bars
    .filter((bar) => bar.level !== 'missing')
    .map((bar) => {
      const [queryValue, recordValue] = comparedValues(bar.comparison, search, record);
      return {
        comparison: bar.comparison,
        level: bar.level,
        weight: roundedBits(bar.weight),
        queryValue,
        recordValue,
      };
    });
}

function presentHit(scored: ScoredPerson, search: PersonSearch, person: Stored<'person'>, role: Role) {
  const record = presentEntity('personRecord', scored.record, role);
  return {
    person: presentEntity('person', person, role),
    probability: scored.explanation.probability,
    record,
    why: reasons(scored.explanation.comparisons, search, record),
  };
}

/**
 * What a role may search by. Viewers see birth years and no identifiers (entityPresenter.ts), so a search may not
 * be their way to test a birth day or an identifier: their birth date counts by its year only, and an identifier
 * needs the editor role.
 */
function withinRole(search: PersonSearch, role: Role): PersonSearch {
  if (roleAtLeast(role, 'editor')) return search;
  if (search.identifier !== undefined) {
    throw new DomainError(
      'forbidden',
      'searching by identifier needs the editor role: viewers see no identifiers',
    );
  }
  return { ...search, birthDate: search.birthDate?.slice(0, 4) as PartialDate | undefined };
}

/**
 * Finds persons by a name written in any order (and a birth date, nationality or identifier when known): the
 * candidates the query's keys find are scored by the Matcher, query against record, and each person is ranked by
 * their best record. Every hit says why it scored: each comparison's level and weight, with the values compared.
 * `incomplete` says that a key (a common name) matched more records than were read: more details narrow it.
 */
export async function searchPersons(reader: EntityReader, request: PersonSearch, role: Role) {
  assertMayRead('personRecord', role);
  const search = withinRole(request, role);
  const keys = searchQueryKeys(search);
  if (keys.length === 0) {
    throw invalidInput([
      { path: ['q'], message: 'no name to search for: write at least one word of two letters' },
    ]);
  }
  const candidates = await findCandidates(reader, keys);
  const matcher = registryMatcher(candidates.records.length + 1);
  const query = matcher.prepare({
    id: 'query',
    fullName: search.q,
    birthDate: search.birthDate,
    nationality: search.nationality,
    identifiers: search.identifier === undefined ? [] : [search.identifier],
  });
  const scored = bestByPerson(matcher, query, candidates.records, search.nationality);
  // Persons are read for the hits only; a retracted one (its records not moved) is passed over.
  const shortlist = scored.slice(0, search.limit + RETRACTED_ALLOWANCE);
  const persons = await livePersons(
    reader,
    shortlist.map((hit) => hit.personId),
  );
  const ranked = shortlist.filter((hit) => persons.has(hit.personId)).slice(0, search.limit);
  return {
    hits: ranked.map((hit) => presentHit(hit, search, persons.get(hit.personId) as Stored<'person'>, role)),
    incomplete: candidates.incomplete,
  };
}
