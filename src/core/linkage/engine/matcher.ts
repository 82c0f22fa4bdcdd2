import { comparisonsFor } from './comparisons.js';
import { explainPair, type PairExplanation } from './explain.js';
import { ValueFrequencies } from './frequencies.js';
import type { LinkageModel } from './model.js';
import { PatternCodec } from './patterns.js';
import { prepareRecord, type LinkageRecord, type PreparedRecord } from './record.js';
import { PairScorer } from './score.js';
import { Vocabulary } from './vocabulary.js';
import { DEFAULT_LEVEL_PROBABILITIES } from './defaultModel.js';

/**
 * Scores one record against others with a fixed model, for the registry (a record arriving is compared with
 * the candidates its keys find) and for search (the query is a record). Without a batch to train on, the model
 * is {@link defaultModel}; frequency adjustments are not applied (the registry does not hold the counts).
 */
export class Matcher {
  private readonly vocabulary = new Vocabulary();
  private readonly codec: PatternCodec;
  private readonly scorer: PairScorer;

  constructor(readonly model: LinkageModel = defaultModel()) {
    this.codec = new PatternCodec(model.comparisons);
    this.scorer = new PairScorer(model, this.codec, new ValueFrequencies());
  }

  prepare(record: LinkageRecord): PreparedRecord {
    return prepareRecord(record, 0, this.vocabulary, []);
  }

  /** The probability that two records describe the same person, with the waterfall that explains it. */
  compare(left: PreparedRecord, right: PreparedRecord): PairExplanation {
    const explanation = explainPair(this.model, this.codec, this.scorer, this.vocabulary, left, right);
    // Frequency adjustments need counts the registry does not keep; the explanation must add up without them.
    return explanation;
  }
}

/**
 * The model the registry and search use: m and u per level as measured by `npm run bench:linkage` on synthetic
 * data (see BENCHMARKS.md), with the prior of one match in 100,000 random pairs. A registry is many sources of
 * the same few thousand people, so the prior is an order of magnitude above a random population's.
 */
export function defaultModel(): LinkageModel {
  const comparisons = comparisonsFor([]).map((comparison) => ({ ...comparison, frequencyLevels: [] }));
  return {
    comparisons,
    m: DEFAULT_LEVEL_PROBABILITIES.m.map((row) => [...row]),
    u: DEFAULT_LEVEL_PROBABILITIES.u.map((row) => [...row]),
    prior: 1e-5,
    priorBasis: 'the default prior of the registry: one match in 100,000 random pairs',
    iterations: 0,
    converged: true,
  };
}
