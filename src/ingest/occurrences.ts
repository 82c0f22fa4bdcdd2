import { createHash } from 'node:crypto';
import type { FactWarning } from '../core/entities/common.js';
import type { FactDraft, ImportProblem } from '../core/importing/types.js';

/** Keys longer than this are remembered by a digest: a file of millions of rows keyed by their values stays small. */
const DIGEST_OVER = 40;

interface Seen {
  count: number;
  /** The first row with the key, named in the warning about a repeat. */
  row: number;
  sheet: string | null;
}

/**
 * Numbers the facts whose key identifies an event but not the row (FactDraft.occurrence) in file order: the first
 * row with a key keeps it as it is, the n-th gets `#n`. The same file read again, or an overlapping file of the
 * same data set that repeats the rows, numbers them the same, so that eight identical rows are eight facts and a
 * second file repeating them adds none. One instance per reading of a file, fed every row from the first.
 */
export class Occurrences {
  private readonly seen = new Map<string, Seen>();

  /** Gives the facts of one row their occurrence; returns the warnings about repeats the profile asked for. */
  number(facts: readonly FactDraft[], sheet: string | null, row: number): ImportProblem[] {
    const problems: ImportProblem[] = [];
    // Keys renumbered in this row, so that the row's other facts point at the record they were read with.
    const renamed = new Map<string, string>();
    for (const fact of facts) {
      if (fact.occurrence === undefined) continue;
      const memo = this.memo(`${fact.kind}\u0000${fact.key}`);
      const earlier = this.seen.get(memo);
      if (!earlier) {
        this.seen.set(memo, { count: 1, row, sheet });
        continue;
      }
      earlier.count += 1;
      const numbered = `${fact.key}#${earlier.count}`;
      renamed.set(`${fact.kind}\u0000${fact.key}`, numbered);
      fact.key = numbered;
      if (fact.occurrence !== 'warn') continue;
      const where =
        earlier.sheet === sheet ? `row ${earlier.row}` : `sheet ${earlier.sheet ?? '?'} row ${earlier.row}`;
      const reason =
        `${fact.occurrenceLabel ?? fact.key} appears again (first at ${where}): read as another event, ` +
        `occurrence ${earlier.count}, not as a correction of the first`;
      problems.push({ sheet, row, column: null, value: null, reason, severity: 'warning' });
      const warning: FactWarning = { column: null, value: null, reason: reason.slice(0, 600) };
      const warnings = (fact.data.warnings as FactWarning[] | undefined) ?? [];
      if (warnings.length < 20) fact.data.warnings = [...warnings, warning];
    }
    if (renamed.size > 0) pointAtRenamed(facts, renamed);
    return problems;
  }

  private memo(key: string): string {
    return key.length <= DIGEST_OVER ? key : createHash('sha1').update(key).digest('base64');
  }
}

/** Points the row's facts at the keys its renumbered facts now have (a record's events at the n-th record). */
function pointAtRenamed(facts: readonly FactDraft[], renamed: ReadonlyMap<string, string>): void {
  for (const fact of facts) {
    if (fact.person !== undefined)
      fact.person = renamed.get(`personRecord\u0000${fact.person}`) ?? fact.person;
    if (!fact.references) continue;
    fact.references = fact.references.map((reference) => {
      const key = renamed.get(`${reference.kind}\u0000${reference.key}`);
      return key === undefined ? reference : { ...reference, key };
    });
  }
}
