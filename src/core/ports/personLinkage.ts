/**
 * The store's part in person linkage, in domain types: the search keys of person records (kept by the unit of
 * work with every write of a record), the review queue of scored matches, and the reviewers' cannot-links.
 */

/** A stored key of a person record, with the person the record belongs to. */
export interface KeyHit {
  key: string;
  recordId: string;
  personId: string;
}

export const MATCH_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** One bar of a match's waterfall: what a comparison added to the weight, in bits. */
export interface MatchComparison {
  comparison: string;
  level: string;
  weight: number;
  m?: number | undefined;
  u?: number | undefined;
}

/** Why a pair scored what it did, as stored with the match (a copy: the model may change after). */
export interface MatchExplanation {
  priorWeight: number;
  totalWeight: number;
  probability: number;
  comparisons: MatchComparison[];
}

/**
 * A scored pair awaiting or having had a reviewer's decision: a record that arrived and the person it may belong
 * to (by that person's best-scoring record).
 */
export interface PersonMatch {
  id: string;
  version: number;
  recordId: string;
  /** The person the record was given when it arrived. */
  personId: string;
  candidatePersonId: string;
  candidateRecordId: string;
  probability: number;
  explanation: MatchExplanation;
  status: MatchStatus;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/** A reviewer's cannot-link between two records, and the rejected match it came from. */
export interface CannotLink {
  recordId: string;
  otherRecordId: string;
  matchId: string;
}

export interface MatchQuery {
  status?: MatchStatus | undefined;
  limit: number;
  /** The id of the last match of the previous page. */
  after?: string | undefined;
  /** Only matches one of whose two records is among these. */
  involvingRecords?: readonly string[] | undefined;
}

/** Reads of linkage data; no transaction needed. */
export interface PersonLinkageReader {
  /**
   * The records stored under each key, at most `perKey` rows per key (a common surname must not make a lookup
   * slow): a key that returns `perKey` rows may have more.
   */
  personRecordsByKeys(keys: readonly string[], perKey: number): Promise<KeyHit[]>;
  getMatch(id: string): Promise<PersonMatch | undefined>;
  /** Matches in id (creation) order after `after`, and the id to continue after when more follow. */
  listMatches(query: MatchQuery): Promise<{ items: PersonMatch[]; next: string | null }>;
  /** Whether a reviewer has said that some record of one person is not the same human as some record of the other. */
  personsCannotLink(personId: string, otherPersonId: string): Promise<boolean>;
  /** Every match in id order (export). */
  scanMatches(batchSize: number): AsyncIterable<PersonMatch[]>;
  /** Every cannot-link once (the record id before the other), in that order (export). */
  scanCannotLinks(batchSize: number): AsyncIterable<CannotLink[]>;
}

/** Writes of linkage data, inside a unit of work; each is audited like any other write. */
export interface PersonLinkageWriter {
  insertMatch(match: PersonMatch): Promise<void>;
  /** Fails with version_conflict, changing nothing, when the stored version is not `expectedVersion`. */
  decideMatch(
    id: string,
    expectedVersion: number,
    decision: { status: Exclude<MatchStatus, 'pending'>; reason: string | null },
  ): Promise<PersonMatch>;
  /** Records that no record of `left` may ever be in one person with a record of `right`. */
  addCannotLinks(matchId: string, left: readonly string[], right: readonly string[]): Promise<void>;
  /** Restores matches exactly as exported, auditing each as `restore`, and the cannot-links with them. */
  restoreLinkage(matches: readonly PersonMatch[], cannotLinks: readonly CannotLink[]): Promise<void>;
}
