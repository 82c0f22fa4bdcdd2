import type { Comparison } from './comparisons.js';

/**
 * A Fellegi–Sunter model: for each comparison and level, the probability of that level among matches (`m`) and
 * among non-matches (`u`), and the prior probability that a candidate pair is a match. Everything else (weights,
 * probabilities, explanations) is derived from these numbers, which are what a reviewer can inspect.
 */
export interface LinkageModel {
  comparisons: readonly Comparison[];
  m: number[][];
  u: number[][];
  /** The probability that a candidate pair is a match before looking at it (fixed from deterministic rules). */
  prior: number;
  /** How the prior was fixed, in words, for the summary. */
  priorBasis: string;
  /** EM iterations run, and whether it converged. */
  iterations: number;
  converged: boolean;
}

/** Bounds on a frequency adjustment, in bits, so one rare (or misspelt) value cannot decide a pair alone. */
export const MAX_FREQUENCY_ADJUSTMENT = 6;

/** The weight (log2 of the likelihood ratio m/u) of each comparison level. */
export function levelWeights(model: LinkageModel): number[][] {
  return model.m.map((levels, comparison) =>
    levels.map((m, level) => Math.log2(m / (model.u[comparison]?.[level] ?? 1))),
  );
}

/** The weight of the prior, log2 of its odds. */
export function priorWeight(model: LinkageModel): number {
  return Math.log2(model.prior / (1 - model.prior));
}

/** The probability a total weight stands for. */
export function probabilityOf(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** The weight a probability stands for (the inverse of {@link probabilityOf}). */
export function weightOf(probability: number): number {
  return Math.log2(probability / (1 - probability));
}

/**
 * The frequency adjustment of an agreeing level (Winkler's term-frequency adjustment, as in Splink): the level's
 * `u` is the chance that two random records agree at all; for a given value it is that value's frequency.
 */
export function frequencyAdjustment(u: number, frequency: number): number {
  const adjustment = Math.log2(u / frequency);
  return Math.max(-MAX_FREQUENCY_ADJUSTMENT, Math.min(MAX_FREQUENCY_ADJUSTMENT, adjustment));
}
