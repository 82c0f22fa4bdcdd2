import { probabilityOf } from './model.js';

/** The lowest threshold the engine chooses by itself: below even odds a link is more likely wrong than right. */
export const MINIMUM_DEFAULT_THRESHOLD = 0.5;

const BIN_WIDTH = 0.1;
const LOWEST_WEIGHT = -60;
const BINS = 1400;

/**
 * The match probability threshold the engine chooses without labels: the one that maximises the F1 score the
 * model itself expects. Each candidate pair is a match with its probability p, so at a threshold t the expected
 * true links are Σ p over pairs at or above t, the expected false links Σ (1 − p) there, and the expected missed
 * matches Σ p below t. The pairs are binned by weight (0.1 bit), so this is linear in the pairs. The result is
 * never below {@link MINIMUM_DEFAULT_THRESHOLD}.
 */
export function chooseThreshold(
  weights: Float64Array,
  count: number,
): { threshold: number; expectedF1: number } {
  const pairs = new Float64Array(BINS);
  const matches = new Float64Array(BINS);
  for (let index = 0; index < count; index += 1) {
    const weight = weights[index] ?? LOWEST_WEIGHT;
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor((weight - LOWEST_WEIGHT) / BIN_WIDTH)));
    pairs[bin] = (pairs[bin] ?? 0) + 1;
    matches[bin] = (matches[bin] ?? 0) + probabilityOf(weight);
  }
  const expectedMatches = matches.reduce((sum, value) => sum + value, 0);
  let linked = 0;
  let trueLinks = 0;
  let best = { threshold: MINIMUM_DEFAULT_THRESHOLD, expectedF1: 0 };
  for (let bin = BINS - 1; bin >= 0; bin -= 1) {
    linked += pairs[bin] ?? 0;
    trueLinks += matches[bin] ?? 0;
    const f1 = linked + expectedMatches > 0 ? (2 * trueLinks) / (linked + expectedMatches) : 0;
    const threshold = probabilityOf(LOWEST_WEIGHT + bin * BIN_WIDTH);
    if (f1 > best.expectedF1 && threshold >= MINIMUM_DEFAULT_THRESHOLD) best = { threshold, expectedF1: f1 };
  }
  return best;
}
