import { BIRTH_DATE, compareRecords, FAMILY, GIVEN } from './comparisons.js';
import { birthKey, type ValueFrequencies } from './frequencies.js';
import { frequencyAdjustment, levelWeights, priorWeight, type LinkageModel } from './model.js';
import type { PatternCodec } from './patterns.js';
import type { PreparedRecord } from './record.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The comparison results of every candidate pair, kept so the pairs are compared once: the packed pattern for
 * EM and the weight, and the name levels and agreed values for the frequency adjustment.
 */
export interface ComparedPairs {
  /** Each pair's pattern, as an index into `codes`. */
  patterns: Int32Array;
  /** The distinct packed patterns seen. */
  codes: number[];
  givenLevel: Int8Array;
  givenValue: Int32Array;
  familyLevel: Int8Array;
  familyValue: Int32Array;
  /** The full birth date both agree on exactly (see birthKey), or -1. */
  birthValue: Int32Array;
  count: number;
}

/** Compares every candidate pair once. */
export function comparePairs(
  records: readonly PreparedRecord[],
  vocabulary: Vocabulary,
  codec: PatternCodec,
  pairs: { left: Int32Array; right: Int32Array; count: number },
): ComparedPairs {
  const count = pairs.count;
  const compared: ComparedPairs = {
    patterns: new Int32Array(count),
    codes: [],
    givenLevel: new Int8Array(count),
    givenValue: new Int32Array(count),
    familyLevel: new Int8Array(count),
    familyValue: new Int32Array(count),
    birthValue: new Int32Array(count),
    count,
  };
  const levels = new Int8Array(codec.count);
  const values = new Int32Array(codec.count);
  const ids = new Map<number, number>();
  for (let index = 0; index < count; index += 1) {
    const left = records[pairs.left[index] ?? 0] as PreparedRecord;
    const right = records[pairs.right[index] ?? 0] as PreparedRecord;
    compareRecords(vocabulary, left, right, levels, values);
    const code = codec.encode(levels);
    let id = ids.get(code);
    if (id === undefined) {
      id = compared.codes.length;
      ids.set(code, id);
      compared.codes.push(code);
    }
    compared.patterns[index] = id;
    compared.givenLevel[index] = levels[GIVEN] ?? -1;
    compared.givenValue[index] = values[GIVEN] ?? -1;
    compared.familyLevel[index] = levels[FAMILY] ?? -1;
    compared.familyValue[index] = values[FAMILY] ?? -1;
    compared.birthValue[index] = levels[BIRTH_DATE] === 0 ? birthKey(left) : -1;
  }
  return compared;
}

/** How many pairs show each pattern. */
export function countPatterns(compared: ComparedPairs): Map<number, number> {
  const perId = new Float64Array(compared.codes.length);
  for (let index = 0; index < compared.count; index += 1) {
    const id = compared.patterns[index] ?? 0;
    perId[id] = (perId[id] ?? 0) + 1;
  }
  return new Map(compared.codes.map((code, id) => [code, perId[id] ?? 0]));
}

/** Scores pairs with a model: the total weight (bits) of each, prior included, frequency adjustments applied. */
export class PairScorer {
  private readonly weights: number[][];
  private readonly prior: number;
  private readonly patternWeights = new Map<number, number>();
  private readonly levels: Int8Array;

  constructor(
    private readonly model: LinkageModel,
    private readonly codec: PatternCodec,
    private readonly frequencies: ValueFrequencies,
  ) {
    this.weights = levelWeights(model);
    this.prior = priorWeight(model);
    this.levels = new Int8Array(codec.count);
    this.adjusted = model.comparisons.map((comparison) =>
      comparison.levels.map((_, level) => comparison.frequencyLevels.includes(level)),
    );
  }

  private readonly adjusted: boolean[][];

  /** The summed level weights of a pattern, prior included (cached: there are few patterns). */
  patternWeight(code: number): number {
    let weight = this.patternWeights.get(code);
    if (weight === undefined) {
      weight = this.prior;
      this.codec.decode(code, this.levels).forEach((level, comparison) => {
        if (level >= 0) weight = (weight ?? 0) + (this.weights[comparison]?.[level] ?? 0);
      });
      this.patternWeights.set(code, weight);
    }
    return weight;
  }

  /** The frequency adjustment of a comparison at a level for an agreed value (0 when there is none). */
  adjustment(comparison: number, level: number, value: number): number {
    if (value < 0 || level < 0) return 0;
    if (this.adjusted[comparison]?.[level] !== true) return 0;
    return frequencyAdjustment(this.model.u[comparison]?.[level] ?? 1, this.frequencies.frequency(value));
  }

  /**
   * When both whole names agree and other records share the whole name too, the evidence of the two is capped
   * by how common the whole name is: at most log2(m / f), f the share of records with that whole name other than
   * the pair's two. Name parts are not independent (families reuse names, some whole names are popular as a
   * whole), so the parts' frequencies alone can make a shared whole name look rarer than it is. Returns the
   * (non-positive) correction to add.
   */
  wholeNameCorrection(
    givenLevel: number,
    givenValue: number,
    familyLevel: number,
    familyValue: number,
  ): number {
    if (givenLevel !== 0 || familyLevel !== 0 || givenValue < 0 || familyValue < 0) return 0;
    const others = this.frequencies.fullNameCount(givenValue, familyValue) - 2;
    if (others <= 0) return 0;
    const separate =
      (this.weights[GIVEN]?.[0] ?? 0) +
      (this.weights[FAMILY]?.[0] ?? 0) +
      this.adjustment(GIVEN, 0, givenValue) +
      this.adjustment(FAMILY, 0, familyValue);
    const m = (this.model.m[GIVEN]?.[0] ?? 1) * (this.model.m[FAMILY]?.[0] ?? 1);
    return Math.min(0, Math.log2((m * this.frequencies.size) / others) - separate);
  }

  /**
   * The same cap for surnames and full birth date agreeing together: other records with both (twins, siblings
   * born the same day, namesakes) make that agreement far more common than the two frequencies multiplied.
   */
  familyBirthCorrection(familyLevel: number, familyValue: number, birthValue: number): number {
    if (familyLevel !== 0 || familyValue < 0 || birthValue < 0) return 0;
    const others = this.frequencies.familyBirthCount(familyValue, birthValue) - 2;
    if (others <= 0) return 0;
    const separate =
      (this.weights[FAMILY]?.[0] ?? 0) +
      (this.weights[BIRTH_DATE]?.[0] ?? 0) +
      this.adjustment(FAMILY, 0, familyValue);
    const m = (this.model.m[FAMILY]?.[0] ?? 1) * (this.model.m[BIRTH_DATE]?.[0] ?? 1);
    return Math.min(0, Math.log2((m * this.frequencies.size) / others) - separate);
  }

  scoreAll(compared: ComparedPairs): Float64Array {
    const scores = new Float64Array(compared.count);
    const patternWeights = compared.codes.map((code) => this.patternWeight(code));
    for (let index = 0; index < compared.count; index += 1) {
      scores[index] =
        (patternWeights[compared.patterns[index] ?? 0] ?? 0) +
        this.adjustment(GIVEN, compared.givenLevel[index] ?? -1, compared.givenValue[index] ?? -1) +
        this.adjustment(FAMILY, compared.familyLevel[index] ?? -1, compared.familyValue[index] ?? -1) +
        this.wholeNameCorrection(
          compared.givenLevel[index] ?? -1,
          compared.givenValue[index] ?? -1,
          compared.familyLevel[index] ?? -1,
          compared.familyValue[index] ?? -1,
        ) +
        this.familyBirthCorrection(
          compared.familyLevel[index] ?? -1,
          compared.familyValue[index] ?? -1,
          compared.birthValue[index] ?? -1,
        );
    }
    return scores;
  }
}
