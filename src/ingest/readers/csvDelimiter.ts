/**
 * The delimiter of a delimited file whose first lines may be titles rather than the header ("Removals by
 * country, FY 2019", a blank line, then the table): src/csv detects the delimiter from the first line alone,
 * which a title misleads, so here it is the one that splits the most of the first records into the same number
 * of fields.
 */
import { CSV_DELIMITERS } from '../../csv/csvReader.js';

const RECORDS_LOOKED_AT = 50;

/**
 * The candidate ({@link CSV_DELIMITERS}) that occurs the same number of times, outside quotes, in the most of
 * the first records of the text; ties go to the earlier candidate, and `,` wins when none occurs. The text is
 * the start of the file: its last, possibly cut, line is left out when there are others.
 */
export function detectDelimiterOverLines(text: string): string {
  const counts = recordCounts(text);
  let best: string = ',';
  let bestScore = 0;
  CSV_DELIMITERS.forEach((candidate, index) => {
    const score = modalFrequency(counts.map((record) => record[index] ?? 0));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  });
  return best;
}

/** For each of the first records, how often each candidate occurs in it outside quotes. */
function recordCounts(text: string): number[][] {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const end = lastBreak > 0 ? lastBreak : text.length;
  const records: number[][] = [];
  let current = CSV_DELIMITERS.map(() => 0);
  let quoted = false;
  for (let index = 0; index < end && records.length < RECORDS_LOOKED_AT; index += 1) {
    const character = text[index] as string;
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) {
      if (current.some((count) => count > 0)) records.push(current);
      current = CSV_DELIMITERS.map(() => 0);
    } else if (!quoted) {
      const candidate = (CSV_DELIMITERS as readonly string[]).indexOf(character);
      if (candidate >= 0) current[candidate] = (current[candidate] ?? 0) + 1;
    }
  }
  if (current.some((count) => count > 0)) records.push(current);
  return records;
}

/** How many records share the most common non-zero count. */
function modalFrequency(counts: number[]): number {
  const frequencies = new Map<number, number>();
  let best = 0;
  for (const count of counts) {
    if (count === 0) continue;
    const frequency = (frequencies.get(count) ?? 0) + 1;
    frequencies.set(count, frequency);
    best = Math.max(best, frequency);
  }
  return best;
}
