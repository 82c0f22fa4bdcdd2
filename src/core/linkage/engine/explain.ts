import { BIRTH_DATE, compareRecords, FAMILY, GIVEN } from './comparisons.js';
import { birthKey } from './frequencies.js';
import { probabilityOf, type LinkageModel } from './model.js';
import type { PatternCodec } from './patterns.js';
import type { PreparedRecord } from './record.js';
import type { PairScorer } from './score.js';
import type { Vocabulary } from './vocabulary.js';

/** What one comparison added to a pair's weight: one bar of the waterfall. */
export interface ComparisonExplanation {
  comparison: string;
  /** The level reached, or `missing` when either record lacks the value (no evidence either way). */
  level: string;
  /** Probability of this level among matches and among non-matches; absent when missing. */
  m?: number;
  u?: number;
  /** log2(m/u), in bits: positive is evidence for a match, negative against. */
  weight: number;
  /** The term-frequency adjustment included in `weight` (a common value agreeing is worth less). */
  frequencyAdjustment: number;
}

/** Why a pair scored what it did: the prior, each comparison's weight in order, the total and the probability. */
export interface PairExplanation {
  priorWeight: number;
  comparisons: ComparisonExplanation[];
  totalWeight: number;
  probability: number;
}

/** Explains the score of one pair, bar by bar; the bars and the prior add up to the total. */
export function explainPair(
  model: LinkageModel,
  codec: PatternCodec,
  scorer: PairScorer,
  vocabulary: Vocabulary,
  left: PreparedRecord,
  right: PreparedRecord,
): PairExplanation {
  const levels = new Int8Array(codec.count);
  const values = new Int32Array(codec.count);
  compareRecords(vocabulary, left, right, levels, values);
  const priorWeight = scorer.patternWeight(0);
  const wholeName = scorer.wholeNameCorrection(
    levels[GIVEN] ?? -1,
    values[GIVEN] ?? -1,
    levels[FAMILY] ?? -1,
    values[FAMILY] ?? -1,
  );
  const familyBirth = scorer.familyBirthCorrection(
    levels[FAMILY] ?? -1,
    values[FAMILY] ?? -1,
    levels[BIRTH_DATE] === 0 ? birthKey(left) : -1,
  );
  let totalWeight = priorWeight;
  const comparisons = model.comparisons.map((comparison, index): ComparisonExplanation => {
    const level = levels[index] ?? -1;
    if (level < 0)
      return { comparison: comparison.name, level: 'missing', weight: 0, frequencyAdjustment: 0 };
    const m = model.m[index]?.[level] ?? 1;
    const u = model.u[index]?.[level] ?? 1;
    const frequencyAdjustment =
      scorer.adjustment(index, level, values[index] ?? -1) +
      (index === FAMILY ? wholeName : 0) +
      (index === BIRTH_DATE ? familyBirth : 0);
    const weight = Math.log2(m / u) + frequencyAdjustment;
    totalWeight += weight;
    return {
      comparison: comparison.name,
      level: comparison.levels[level] ?? String(level),
      m,
      u,
      weight,
      frequencyAdjustment,
    };
  });
  return { priorWeight, comparisons, totalWeight, probability: probabilityOf(totalWeight) };
}
