import type { CursorCodec } from '../access/cursors.js';
import { invalidInput, notFound } from '../errors.js';
import type { MatchExplanation, MatchStatus, PersonMatch } from '../ports/personLinkage.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { assertMayRead, presentEntity, WITHHELD, type Presented } from '../presenters/entityPresenter.js';
import { roleAtLeast, type Role } from '../roles.js';

/** A page request of the review queue. */
export interface MatchListRequest {
  status?: MatchStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** One bar of a waterfall as it leaves the system: the comparison, the level reached, its weight in bits. */
export interface WaterfallBar {
  comparison: string;
  level: string;
  weight: number;
}

/** Weights to the thousandth of a bit: enough to read, and the same on every engine. */
export function roundedBits(weight: number): number {
  return Math.round(weight * 1000) / 1000;
}

/** The waterfall of a stored explanation: the prior, then each comparison's bar, then the total. */
export function presentWaterfall(explanation: MatchExplanation) {
  return {
    priorWeight: roundedBits(explanation.priorWeight),
    comparisons: explanation.comparisons.map((bar): WaterfallBar => ({
      comparison: bar.comparison,
      level: bar.level,
      weight: roundedBits(bar.weight),
    })),
    totalWeight: roundedBits(explanation.totalWeight),
  };
}

function decodeCursor(cursor: string, cursors: CursorCodec): string {
  const opened = cursors.open(cursor);
  if (Array.isArray(opened)) {
    const [tag, id] = opened as unknown[];
    if (tag === 'match' && typeof id === 'string' && /^mat_[0-9A-Za-z_-]{1,64}$/.test(id)) return id;
  }
  throw invalidInput([{ path: ['cursor'], message: 'not a cursor from this list: start again without it' }]);
}

function presentSide(record: Stored<'personRecord'> | undefined, role: Role): Presented | null {
  return record ? presentEntity('personRecord', record, role) : null;
}

/** A match with both records presented for the role, its probability and its waterfall. */
export function presentMatch(
  match: PersonMatch,
  records: Map<string, Stored<'personRecord'>>,
  persons: Map<string, Stored<'person'>>,
  role: Role,
) {
  const candidatePerson = persons.get(match.candidatePersonId);
  return {
    id: match.id,
    version: match.version,
    status: match.status,
    probability: match.probability,
    createdAt: match.createdAt,
    decidedBy: match.decidedBy,
    decidedAt: match.decidedAt,
    // A reviewer's words about two records may quote what viewers do not see (an A-number, a birth date).
    reason: match.reason === null || roleAtLeast(role, 'editor') ? match.reason : WITHHELD,
    record: presentSide(records.get(match.recordId), role),
    candidate: {
      personId: match.candidatePersonId,
      person: candidatePerson ? presentEntity('person', candidatePerson, role) : null,
      record: presentSide(records.get(match.candidateRecordId), role),
    },
    explanation: presentWaterfall(match.explanation),
  };
}

/**
 * A page of the review queue in the order the matches were made, each with both records as the role may see
 * them (the public may see none: person data).
 */
export async function listMatchesView(
  reader: EntityReader,
  request: MatchListRequest,
  role: Role,
  cursors: CursorCodec,
) {
  assertMayRead('personRecord', role);
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, cursors);
  const page = await reader.listMatches({ status: request.status, limit: request.limit, after });
  const recordIds = page.items.flatMap((match) => [match.recordId, match.candidateRecordId]);
  const records = new Map(
    (await reader.getMany('personRecord', recordIds)).map((record) => [record.id, record]),
  );
  const persons = new Map(
    (
      await reader.getMany(
        'person',
        page.items.map((match) => match.candidatePersonId),
      )
    ).map((person) => [person.id, person]),
  );
  return {
    items: page.items.map((match) => presentMatch(match, records, persons, role)),
    nextCursor: page.next ? cursors.seal(['match', page.next]) : null,
    limit: request.limit,
  };
}

/** One match as {@link listMatchesView} presents it (after a decision). */
export async function presentOneMatch(reader: EntityReader, match: PersonMatch, role: Role) {
  const records = new Map(
    (await reader.getMany('personRecord', [match.recordId, match.candidateRecordId])).map((record) => [
      record.id,
      record,
    ]),
  );
  const persons = new Map(
    (await reader.getMany('person', [match.candidatePersonId])).map((person) => [person.id, person]),
  );
  return presentMatch(match, records, persons, role);
}

/** One match of the review queue, as the role may see it. */
export async function getMatchView(reader: EntityReader, matchId: string, role: Role) {
  assertMayRead('personRecord', role);
  const match = await reader.getMatch(matchId);
  if (!match) throw notFound('match', matchId);
  return presentOneMatch(reader, match, role);
}
