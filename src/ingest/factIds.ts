import { createHash } from 'node:crypto';
import { kindOf, type KindName } from '../core/entities/index.js';

/**
 * The id of an imported fact, from its data set and its key: the same fact read again, from the same file or an
 * overlapping one, gets the same id, so it is found instead of created twice. 132 bits of SHA-256: no two facts
 * of the world's data sets will share one.
 */
export function factId(dataset: string, kind: KindName, key: string): string {
  const digest = createHash('sha256').update(`${dataset}\u0000${kind}\u0000${key}`).digest('base64url');
  return `${kindOf(kind).prefix}_${digest.slice(0, 22)}`;
}

/** The person made for a record that joins nobody: derived from the record's own id, so a re-run makes the same. */
export function personIdOfRecord(recordId: string): string {
  return `per_${recordId.slice(recordId.indexOf('_') + 1)}`;
}
