import { candidatePairs, type BlockingSummary } from './blocking.js';
import { clusterRecords } from './cluster.js';
import { comparisonsFor } from './comparisons.js';
import { DEFAULT_LEVEL_PROBABILITIES } from './defaultModel.js';
import { explainPair, type PairExplanation } from './explain.js';
import { ValueFrequencies } from './frequencies.js';
import { weightOf, type LinkageModel } from './model.js';
import { PatternCodec } from './patterns.js';
import { prepareRecord, type LinkageRecord, type PreparedRecord } from './record.js';
import { comparePairs, countPatterns, PairScorer } from './score.js';
import { chooseThreshold } from './threshold.js';
import { assembleModel, estimateM, fixPrior, sampleRandomPairs, uFromRandomPairs } from './train.js';
import { Vocabulary } from './vocabulary.js';

/** Engine settings; every one has a documented default. */
export interface LinkageOptions {
  /** Names of the extra attributes the records carry, compared as strings. */
  extraNames?: readonly string[];
  /** Blocks larger than this are not expanded into pairs (default 400). */
  maxBlockSize?: number;
  /** Random pairs sampled to estimate `u` (default 300,000). */
  randomPairs?: number;
  /** Seed of the sampling, so a run can be reproduced (default 1). */
  seed?: number;
  /** The match probability at or above which a pair is linked; default chosen by {@link chooseThreshold}. */
  threshold?: number;
  /** Called as each phase starts, for progress reporting. */
  onPhase?: (phase: string) => void;
}

/** Everything a linkage run produced: the model, every scored candidate pair, and the threshold. */
export interface LinkageRun {
  records: readonly PreparedRecord[];
  leftCount: number;
  model: LinkageModel;
  blocking: BlockingSummary;
  pairs: { left: Int32Array; right: Int32Array; weight: Float64Array; count: number };
  threshold: { probability: number; chosen: boolean; expectedF1?: number };
  /** Whether the pair at this index is linked. */
  isLinked(index: number): boolean;
  explain(leftIndex: number, rightIndex: number): PairExplanation;
  /** Clusters (deduplication): each record's cluster as the smallest record index in it. */
  clusters(cannotLink?: ReadonlyArray<readonly [number, number]>): Int32Array;
}

export const DEFAULT_MAX_BLOCK_SIZE = 400;

/** A scored pair this unlikely is a cannot-link for clustering: the engine compared them and found them apart. */
export const EVIDENT_NON_MATCH = 0.01;

/**
 * The pairs the engine itself judged evident non-matches, between records that have links: clustering must not
 * join them through a chain of other links (A–B and B–C linked does not make A and C one person when A and C
 * were compared and differ: siblings with one record in common by mistake).
 */
function evidentNonMatches(
  pairs: { left: Int32Array; right: Int32Array; weight: Float64Array; count: number },
  cutoff: number,
): Array<readonly [number, number]> {
  const linked = new Set<number>();
  for (let index = 0; index < pairs.count; index += 1) {
    if ((pairs.weight[index] ?? 0) < cutoff) continue;
    linked.add(pairs.left[index] ?? 0);
    linked.add(pairs.right[index] ?? 0);
  }
  const floor = weightOf(EVIDENT_NON_MATCH);
  const constraints: Array<readonly [number, number]> = [];
  for (let index = 0; index < pairs.count; index += 1) {
    const a = pairs.left[index] ?? 0;
    const b = pairs.right[index] ?? 0;
    if ((pairs.weight[index] ?? 0) < floor && linked.has(a) && linked.has(b)) constraints.push([a, b]);
  }
  return constraints;
}
export const DEFAULT_RANDOM_PAIRS = 300_000;

/**
 * Links records: `right` given, pairs across the two sides (linking two sources); `right` absent, pairs within
 * `left` (deduplicating one). Pure and deterministic for the same input and options.
 *
 * Prepare (parse names, intern values) → block (a union of rules) → compare each candidate pair once → `u` from
 * random pairs → prior fixed from deterministic rules → `m` by EM with `u` and the prior held → score with
 * term-frequency adjustments → choose the threshold by expected F1.
 */
export function runLinkage(
  left: readonly LinkageRecord[],
  right: readonly LinkageRecord[] | undefined,
  options: LinkageOptions = {},
): LinkageRun {
  const phase = options.onPhase ?? (() => undefined);
  const extraNames = options.extraNames ?? [];
  const vocabulary = new Vocabulary();
  phase('prepare');
  const all = right ? [...left, ...right] : left;
  const records = all.map((record, index) => prepareRecord(record, index, vocabulary, extraNames));
  const leftCount = left.length;
  const linkOnly = right !== undefined;
  phase('block');
  const { pairs, summary } = candidatePairs(records, vocabulary, {
    leftCount,
    linkOnly,
    maxBlockSize: options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE,
  });
  const comparisons = comparisonsFor(extraNames);
  const codec = new PatternCodec(comparisons);
  phase('compare');
  const compared = comparePairs(records, vocabulary, codec, pairs);
  phase('train');
  const randomPatterns = sampleRandomPairs(records, vocabulary, codec, {
    leftCount,
    linkOnly,
    samples: options.randomPairs ?? DEFAULT_RANDOM_PAIRS,
    seed: options.seed ?? 1,
  });
  const patternCounts = countPatterns(compared);
  const rightCount = records.length - leftCount;
  const allPairs = linkOnly ? leftCount * rightCount : (records.length * (records.length - 1)) / 2;
  const prior = fixPrior(patternCounts, codec, { candidatePairs: pairs.count, allPairs });
  const fit = estimateM(patternCounts, codec, prior.candidatePrior, DEFAULT_LEVEL_PROBABILITIES.m);
  // u from the random pairs, then again with the matches among them discounted by the model so far.
  let u = uFromRandomPairs(randomPatterns, codec, DEFAULT_LEVEL_PROBABILITIES.u);
  u = uFromRandomPairs(randomPatterns, codec, DEFAULT_LEVEL_PROBABILITIES.u, {
    m: fit.m,
    u,
    prior: prior.prior,
  });
  const model = assembleModel(comparisons, fit.m, u, prior, fit);
  phase('score');
  const frequencies = new ValueFrequencies(records);
  const scorer = new PairScorer(model, codec, frequencies);
  const weights = compared.count > 0 ? scorer.scoreAll(compared) : new Float64Array(0);
  const chosen = options.threshold === undefined ? chooseThreshold(weights, pairs.count) : undefined;
  const probability = options.threshold ?? chosen?.threshold ?? 0.5;
  const cutoff = weightOf(Math.min(probability, 1 - 1e-12));
  const scored = { left: pairs.left, right: pairs.right, weight: weights, count: pairs.count };
  return {
    records,
    leftCount,
    model,
    blocking: summary,
    pairs: scored,
    threshold: chosen
      ? { probability, chosen: true, expectedF1: chosen.expectedF1 }
      : { probability, chosen: false },
    isLinked: (index) => (weights[index] ?? Number.NEGATIVE_INFINITY) >= cutoff,
    explain: (a, b) =>
      explainPair(
        model,
        codec,
        scorer,
        vocabulary,
        records[a] as PreparedRecord,
        records[b] as PreparedRecord,
      ),
    clusters: (cannotLink = []) =>
      clusterRecords(records.length, scored, (weight) => weight >= cutoff, [
        ...cannotLink,
        ...evidentNonMatches(scored, cutoff),
      ]),
  };
}
