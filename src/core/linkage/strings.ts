/**
 * String similarity for names, written for the linkage hot loop: no allocation per call beyond the scratch arrays
 * below, which grow to the longest string seen and are reused (JavaScript runs one call at a time per thread, so
 * sharing them is safe). Both compare UTF-16 code units, so fold text first (foldText) and accents are not an issue.
 */

let leftMatched = new Uint8Array(32);
let rightMatched = new Uint8Array(32);
let distances = new Int32Array(32);

function scratch(leftLength: number, rightLength: number): void {
  if (leftMatched.length < leftLength) leftMatched = new Uint8Array(leftLength * 2);
  if (rightMatched.length < rightLength) rightMatched = new Uint8Array(rightLength * 2);
  leftMatched.fill(0, 0, leftLength);
  rightMatched.fill(0, 0, rightLength);
}

function jaro(left: string, right: string): number {
  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  scratch(left.length, right.length);
  let matches = 0;
  for (let i = 0; i < left.length; i += 1) {
    const code = left.charCodeAt(i);
    const end = Math.min(right.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= end; j += 1) {
      if (rightMatched[j] === 0 && right.charCodeAt(j) === code) {
        leftMatched[i] = 1;
        rightMatched[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < left.length; i += 1) {
    if (leftMatched[i] === 0) continue;
    while (rightMatched[j] === 0) j += 1;
    if (left.charCodeAt(i) !== right.charCodeAt(j)) halfTranspositions += 1;
    j += 1;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / left.length + matches / right.length + (matches - transpositions) / matches) / 3;
}

/**
 * Jaro–Winkler similarity in [0, 1] (Winkler 1990): Jaro similarity, raised for a common prefix of up to 4
 * characters by 0.1 per character, only when the Jaro similarity is above 0.7 (Winkler's boost threshold, as in
 * Apache Commons Text and Lucene). `MARTHA`/`MARHTA` 0.961, `DWAYNE`/`DUANE` 0.840, `DIXON`/`DICKSONX` 0.813.
 * Two empty strings are identical (1); an empty and a non-empty string have nothing in common (0).
 */
export function jaroWinkler(left: string, right: string): number {
  if (left === right) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const similarity = jaro(left, right);
  if (similarity <= 0.7) return similarity;
  const limit = Math.min(4, left.length, right.length);
  let prefix = 0;
  while (prefix < limit && left.charCodeAt(prefix) === right.charCodeAt(prefix)) prefix += 1;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/**
 * Levenshtein edit distance (insertions, deletions, substitutions). With `max` (a whole number), stops as soon as the distance
 * must exceed it and returns `max + 1`, so callers asking "within 2?" pay for little more than that: strings
 * whose lengths differ by more than `max` are not compared at all, and each row of the table is abandoned when
 * all its cells exceed `max`. A common prefix and suffix are skipped first.
 */
export function levenshtein(left: string, right: string, max = Number.POSITIVE_INFINITY): number {
  if (left === right) return 0;
  let start = 0;
  while (start < left.length && start < right.length && left.charCodeAt(start) === right.charCodeAt(start)) {
    start += 1;
  }
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (
    leftEnd > start &&
    rightEnd > start &&
    left.charCodeAt(leftEnd - 1) === right.charCodeAt(rightEnd - 1)
  ) {
    leftEnd -= 1;
    rightEnd -= 1;
  }
  // The table keeps one row, as long as the shorter remainder.
  const [long, longEnd, short, shortEnd] =
    leftEnd - start >= rightEnd - start ? [left, leftEnd, right, rightEnd] : [right, rightEnd, left, leftEnd];
  const longLength = longEnd - start;
  const shortLength = shortEnd - start;
  if (longLength - shortLength > max) return max + 1;
  if (shortLength === 0) return longLength;
  if (distances.length <= shortLength) distances = new Int32Array((shortLength + 1) * 2);
  for (let j = 0; j <= shortLength; j += 1) distances[j] = j;
  for (let i = 1; i <= longLength; i += 1) {
    const code = long.charCodeAt(start + i - 1);
    let diagonal = distances[0] ?? 0;
    distances[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= shortLength; j += 1) {
      const above = distances[j] ?? 0;
      const substitution = diagonal + (short.charCodeAt(start + j - 1) === code ? 0 : 1);
      const value = Math.min(above + 1, (distances[j - 1] ?? 0) + 1, substitution);
      distances[j] = value;
      diagonal = above;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
  }
  const distance = distances[shortLength] ?? 0;
  return distance > max ? max + 1 : distance;
}
