import { ID_PREFIXES, type PersonRecord } from '../entities/index.js';
import type { PairExplanation } from '../linkage/engine/explain.js';
import { linkageRecordOf, registryMatcher } from '../linkage/registryMatcher.js';
import { personRecordKeys, withTier } from '../linkage/searchKeys.js';
import type { MatchExplanation } from '../ports/personLinkage.js';
import type { Stored, UnitOfWork } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import { bestByPerson, findCandidates, livePersons, type ScoredPerson } from './personCandidates.js';

/**
 * At or above this probability an arriving record joins the person it matches without review. With the default
 * model that takes more than a name: two records agreeing on both names, the birth month and the nationality
 * score 0.9989; on the names alone 0.90 (review); an identifier that agrees settles it.
 */
export const AUTO_LINK_PROBABILITY = 0.99;

/**
 * From this probability up to {@link AUTO_LINK_PROBABILITY} a candidate person goes to the review queue as a
 * pending match: the engine thinks it more likely than not, and a reviewer decides.
 */
export const REVIEW_PROBABILITY = 0.5;

/** Where an arriving record goes: the person it joins (none: a new person) and the persons to review. */
export interface ArrivalDecision {
  personId: string | undefined;
  review: ScoredPerson[];
}

/**
 * Scores an arriving record (created without a personId) against the candidates its keys find. Only persons of
 * the same world are candidates: a record from fictional (demo) sources never joins a real person, nor the reverse.
 * The best person at or above the auto-link threshold is joined; every other person from the review threshold
 * up is queued, unless a reviewer has said it is not the person joined (a cannot-link): a rejection is never
 * re-queued. An arriving record is new, so no rejection can yet stand between it and the person it joins.
 */
export async function decideArrival(
  unitOfWork: UnitOfWork,
  record: PersonRecord,
  fictional: boolean,
): Promise<ArrivalDecision> {
  const candidates = await findCandidates(unitOfWork, personRecordKeys(record).map(withTier));
  if (candidates.records.length === 0) return { personId: undefined, review: [] };
  const matcher = registryMatcher(candidates.records.length + 1);
  const arriving = matcher.prepare(linkageRecordOf('arriving', record));
  const likely = bestByPerson(matcher, arriving, candidates.records, record.nationalities[0]).filter(
    (candidate) => candidate.explanation.probability >= REVIEW_PROBABILITY,
  );
  const persons = await livePersons(
    unitOfWork,
    likely.map((candidate) => candidate.personId),
  );
  const sameWorld = likely.filter(
    (candidate) => persons.get(candidate.personId)?.data.fictional === fictional,
  );
  const best = sameWorld[0];
  const joined = best && best.explanation.probability >= AUTO_LINK_PROBABILITY ? best : undefined;
  const review: ScoredPerson[] = [];
  for (const candidate of sameWorld) {
    if (candidate === joined) continue;
    if (joined && (await unitOfWork.personsCannotLink(joined.personId, candidate.personId))) continue;
    review.push(candidate);
  }
  return { personId: joined?.personId, review };
}

/** The explanation as the review queue keeps it: every bar of the waterfall, in bits. */
export function matchExplanation(explanation: PairExplanation): MatchExplanation {
  return {
    priorWeight: explanation.priorWeight,
    totalWeight: explanation.totalWeight,
    probability: explanation.probability,
    comparisons: explanation.comparisons.map((bar) => ({
      comparison: bar.comparison,
      level: bar.level,
      weight: bar.weight,
      m: bar.m,
      u: bar.u,
    })),
  };
}

/** Puts each person to review in the queue as a pending match of the stored record, in the same transaction. */
export async function queueMatches(
  context: UseCaseContext,
  unitOfWork: UnitOfWork,
  record: Stored<'personRecord'>,
  review: readonly ScoredPerson[],
): Promise<void> {
  for (const candidate of review) {
    await unitOfWork.insertMatch({
      id: context.newId(ID_PREFIXES.personMatch),
      version: 1,
      recordId: record.id,
      personId: record.data.personId as string,
      candidatePersonId: candidate.personId,
      candidateRecordId: candidate.record.id,
      probability: candidate.explanation.probability,
      explanation: matchExplanation(candidate.explanation),
      status: 'pending',
      createdAt: context.clock().toISOString(),
      decidedBy: null,
      decidedAt: null,
      reason: null,
    });
  }
}
