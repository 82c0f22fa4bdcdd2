import { BIRTH_DATE, compareRecords, FAMILY, GIVEN, IDENTIFIER, type Comparison } from './comparisons.js';
import { FAMILY_LEVEL, GIVEN_LEVEL } from './names.js';
import type { LinkageModel } from './model.js';
import type { PatternCodec } from './patterns.js';
import { seededRandom } from './random.js';
import type { PreparedRecord } from './record.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Compares random pairs (every pair, when there are no more than `samples` of them: a small file is compared
 * exhaustively) and counts their patterns, from which {@link uFromRandomPairs} estimates `u`.
 */
export function sampleRandomPairs(
  records: readonly PreparedRecord[],
  vocabulary: Vocabulary,
  codec: PatternCodec,
  options: { leftCount: number; linkOnly: boolean; samples: number; seed: number },
): Map<number, number> {
  const patterns = new Map<number, number>();
  const levels = new Int8Array(codec.count);
  const values = new Int32Array(codec.count);
  const compare = (a: number, b: number) => {
    compareRecords(vocabulary, records[a] as PreparedRecord, records[b] as PreparedRecord, levels, values);
    const code = codec.encode(levels);
    patterns.set(code, (patterns.get(code) ?? 0) + 1);
  };
  const rightCount = records.length - options.leftCount;
  const all = options.linkOnly ? options.leftCount * rightCount : (records.length * (records.length - 1)) / 2;
  if (all <= options.samples) {
    for (let a = 0; a < records.length; a += 1) {
      const from = options.linkOnly ? Math.max(options.leftCount, a + 1) : a + 1;
      if (options.linkOnly && a >= options.leftCount) break;
      for (let b = from; b < records.length; b += 1) compare(a, b);
    }
    return patterns;
  }
  const random = seededRandom(options.seed);
  for (let sample = 0; sample < options.samples; sample += 1) {
    if (options.linkOnly) {
      compare(
        Math.floor(random() * options.leftCount),
        options.leftCount + Math.floor(random() * rightCount),
      );
      continue;
    }
    const a = Math.floor(random() * records.length);
    let b = Math.floor(random() * (records.length - 1));
    if (b >= a) b += 1;
    compare(a, b);
  }
  return patterns;
}

/**
 * The `u` probabilities from random pairs: among records paired at random almost every pair is a non-match, so
 * how often each level occurs there is how often it occurs by chance. In a small file the matches are not a
 * negligible share of all pairs (40 people in two lists of 45: 2 % of pairs), so with a `discount` (a model so
 * far) each pattern counts only as much as it is a non-match. The counts are smoothed toward `priorU` (the
 * default model's u, worth {@link U_PRIOR_PAIRS} pairs), or by half a pair per level without one, so a level
 * never seen by chance (an exact A-number) is rare, not impossible.
 */
export function uFromRandomPairs(
  patterns: ReadonlyMap<number, number>,
  codec: PatternCodec,
  priorU: readonly (readonly number[])[] | undefined,
  discount?: { m: readonly number[][]; u: readonly number[][]; prior: number },
): number[][] {
  const counts = codec.comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  const levels = new Int8Array(codec.count);
  const priorWeight = discount ? Math.log2(discount.prior / (1 - discount.prior)) : 0;
  for (const [code, count] of patterns) {
    codec.decode(code, levels);
    let weight = priorWeight;
    if (discount) {
      levels.forEach((level, comparison) => {
        if (level >= 0) {
          weight += Math.log2(
            (discount.m[comparison]?.[level] ?? 1) / (discount.u[comparison]?.[level] ?? 1),
          );
        }
      });
    }
    const nonMatch = discount ? count * (1 - 1 / (1 + 2 ** -weight)) : count;
    levels.forEach((level, comparison) => {
      const row = counts[comparison];
      if (level >= 0 && row) row[level] = (row[level] ?? 0) + nonMatch;
    });
  }
  return counts.map((row, comparison) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    const prior = priorU?.[comparison];
    if (prior && prior.length === row.length) {
      return [...row].map(
        (count, level) => (count + U_PRIOR_PAIRS * (prior[level] ?? 0)) / (total + U_PRIOR_PAIRS),
      );
    }
    return [...row].map((count) => (count + 0.5) / (total + 0.5 * row.length));
  });
}

/** How many pairs the default model's `u` counts for when estimating `u` (see estimateU). */
export const U_PRIOR_PAIRS = 500;

/** How many matches the default model's `m` counts for when estimating `m` (see estimateM). */
export const M_PRIOR_MATCHES = 30;

/**
 * The default model's m also counts for this share of the matches EM expects (at least M_PRIOR_MATCHES): large
 * files of namesakes and siblings can otherwise pull EM toward a class of "same surnames" however it is anchored.
 */
export const M_PRIOR_SHARE = 0.5;

/** The recall assumed for the deterministic rules when it cannot be estimated from the data; see fixPrior. */
export const DEFAULT_DETERMINISTIC_RECALL = 0.6;

function byIdentifier(levels: Int8Array): boolean {
  const given = levels[GIVEN] ?? -1;
  const family = levels[FAMILY] ?? -1;
  const someGiven = given >= 0 && given < GIVEN_LEVEL.initial;
  const someFamily = family >= 0 && family < FAMILY_LEVEL.different;
  return levels[IDENTIFIER] === 0 && (someGiven || someFamily);
}

function byName(levels: Int8Array): boolean {
  const given = levels[GIVEN] ?? -1;
  const family = levels[FAMILY] ?? -1;
  return (
    (given === GIVEN_LEVEL.exact ||
      given === GIVEN_LEVEL.all_alike ||
      given === GIVEN_LEVEL.first_equal ||
      given === GIVEN_LEVEL.nickname) &&
    (family === FAMILY_LEVEL.exact || family === FAMILY_LEVEL.one_dropped) &&
    levels[BIRTH_DATE] === 0 &&
    levels[IDENTIFIER] !== 2
  );
}

/**
 * Fixes the prior from two deterministic rules that are all but certain matches: the same identifier with a
 * similar name (A), and the same given name, surnames and full birth date with no conflicting identifier (B).
 * When both rules find enough pairs, they are two independent captures of the same matches, and the number of
 * matches is estimated by capture–recapture (Chapman's form of Lincoln–Petersen): N = (A+1)(B+1)/(A∩B+1) − 1.
 * Otherwise N = |A ∪ B| / 0.6, a recall documented rather than guessed per run. The prior of a score is N over
 * all possible pairs (blocking only decides which pairs are worth scoring; `u` comes from random pairs, so the
 * prior must too); EM, which sees only the candidates, uses N over the candidate pairs. It is fixed, not re-estimated by EM: a free prior lets EM drift to whatever splits the pairs
 * best (families, common names) instead of matches.
 */
export function fixPrior(
  patternCounts: ReadonlyMap<number, number>,
  codec: PatternCodec,
  counts: { candidatePairs: number; allPairs: number },
): FixedPrior {
  let a = 0;
  let b = 0;
  let both = 0;
  const levels = new Int8Array(codec.count);
  for (const [code, count] of patternCounts) {
    codec.decode(code, levels);
    const inA = byIdentifier(levels);
    const inB = byName(levels);
    if (inA) a += count;
    if (inB) b += count;
    if (inA && inB) both += count;
  }
  let matches: number;
  let basis: string;
  if (a >= 20 && b >= 20 && both >= 10) {
    matches = ((a + 1) * (b + 1)) / (both + 1) - 1;
    basis = `capture–recapture of identifier (${a}) and name-and-date (${b}) rules, ${both} in both`;
  } else {
    matches = (a + b - both) / DEFAULT_DETERMINISTIC_RECALL;
    basis = `${a + b - both} deterministic matches at an assumed recall of ${DEFAULT_DETERMINISTIC_RECALL}`;
  }
  matches = Math.max(matches, 1);
  return {
    prior: clampProbability(matches / Math.max(counts.allPairs, 1)),
    candidatePrior: clampProbability(matches / Math.max(counts.candidatePairs, 1)),
    expectedMatches: matches,
    basis,
  };
}

/** The prior fixed from deterministic rules, over all pairs (for scoring) and over the candidates (for EM). */
export interface FixedPrior {
  /** The probability that two records taken at random are a match: the prior of every score. */
  prior: number;
  /** The same among candidate pairs, which EM works on. */
  candidatePrior: number;
  expectedMatches: number;
  basis: string;
}

function clampProbability(value: number): number {
  return Math.min(0.95, Math.max(1e-12, value));
}

function initialM(comparisons: readonly Comparison[]): number[][] {
  // Closer levels start more likely among matches; EM moves them from there.
  return comparisons.map((comparison) => {
    const raw = comparison.levels.map((_, level) =>
      level === comparison.levels.length - 1 ? 0.05 : 0.6 ** level,
    );
    const total = raw.reduce((sum, value) => sum + value, 0);
    return raw.map((value) => value / total);
  });
}

function marginals(
  decoded: ReadonlyArray<{ levels: Int8Array; count: number }>,
  comparisons: readonly Comparison[],
) {
  const sums = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  for (const { levels, count } of decoded) {
    levels.forEach((level, comparison) => {
      const row = sums[comparison];
      if (level >= 0 && row) row[level] = (row[level] ?? 0) + count;
    });
  }
  return sums.map(normalized);
}

function normalized(row: Float64Array): number[] {
  const total = row.reduce((sum, value) => sum + value, 0);
  return [...row].map((value) => (value + 1e-3) / (total + 1e-3 * row.length));
}

/**
 * Estimates `m` by expectation–maximisation over the candidate pairs' patterns with the prior held fixed, the
 * pairs of the deterministic rules (see fixPrior) counted as matches. Among
 * candidates, non-matches agree on names far more often than random pairs do (that is why they are
 * candidates), so EM estimates a candidate-level `u` alongside `m`: with the random-pair `u` it would take every
 * pair with a common name for a match. Only `m` is kept; scores use the random-pair `u` with the prior over all
 * pairs. Stops when no probability moves by more than 1e-6, or after `maxIterations`.
 */
export function estimateM(
  patternCounts: ReadonlyMap<number, number>,
  codec: PatternCodec,
  prior: number,
  priorM?: readonly (readonly number[])[],
  maxIterations = 200,
): { m: number[][]; iterations: number; converged: boolean } {
  const comparisons = codec.comparisons;
  const decoded = [...patternCounts].map(([code, count]) => {
    const levels = codec.decode(code, new Int8Array(codec.count));
    return { levels, count, anchored: byIdentifier(levels) || byName(levels) };
  });
  let m = priorM ? priorM.map((row) => [...row]) : initialM(comparisons);
  const expectedMatches = decoded.reduce((sum, { count }) => sum + count, 0) * prior;
  const priorStrength = Math.max(M_PRIOR_MATCHES, M_PRIOR_SHARE * expectedMatches);
  // The default model's m, worth a few dozen matches: a small file learns from its own pairs without being
  // able to teach itself that a twin is a match; a large one outweighs the prior entirely.
  const withPrior = (row: Float64Array, comparison: number): number[] => {
    const priorRow = priorM?.[comparison];
    if (!priorRow || priorRow.length !== row.length) return normalized(row);
    const total = row.reduce((sum, value) => sum + value, 0);
    return [...row].map(
      (value, level) => (value + priorStrength * (priorRow[level] ?? 0)) / (total + priorStrength),
    );
  };
  let u = marginals(decoded, comparisons);
  const priorWeight = Math.log2(prior / (1 - prior));
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const logRatio = m.map((row, comparison) =>
      row.map((value, level) => Math.log2(value / (u[comparison]?.[level] ?? 1))),
    );
    const matchSums = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
    const otherSums = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
    for (const { levels, count, anchored } of decoded) {
      let weight = priorWeight;
      levels.forEach((level, comparison) => {
        if (level >= 0) weight += logRatio[comparison]?.[level] ?? 0;
      });
      // The pairs of the deterministic rules are matches, not a latent guess: they anchor the match class to
      // the same person, so EM cannot drift to another class that splits the pairs well (same surnames).
      const posterior = anchored ? count : count / (1 + 2 ** -weight);
      levels.forEach((level, comparison) => {
        if (level < 0) return;
        const matchRow = matchSums[comparison] as Float64Array;
        const otherRow = otherSums[comparison] as Float64Array;
        matchRow[level] = (matchRow[level] ?? 0) + posterior;
        otherRow[level] = (otherRow[level] ?? 0) + count - posterior;
      });
    }
    const nextM = matchSums.map(withPrior);
    const nextU = otherSums.map(normalized);
    const moved = nextM.some((row, comparison) =>
      row.some((value, level) => Math.abs(value - (m[comparison]?.[level] ?? 0)) > 1e-6),
    );
    m = nextM;
    u = nextU;
    if (!moved) return { m, iterations: iteration, converged: true };
  }
  return { m, iterations: maxIterations, converged: false };
}

/** Assembles a model from its estimated parts. */
export function assembleModel(
  comparisons: readonly Comparison[],
  m: number[][],
  u: number[][],
  prior: FixedPrior,
  fit: { iterations: number; converged: boolean },
): LinkageModel {
  return { comparisons, m, u, prior: prior.prior, priorBasis: prior.basis, ...fit };
}
