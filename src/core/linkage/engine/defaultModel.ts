/**
 * m and u of every comparison level (in the order of comparisonsFor([])), as estimated by the engine on the
 * synthetic benchmark (`npm run bench:linkage`, 20,000 persons, with identifiers). Regenerate with the bench's
 * `--print-model` when the comparisons change.
 */
export const DEFAULT_LEVEL_PROBABILITIES: {
  m: readonly (readonly number[])[];
  u: readonly (readonly number[])[];
} = {
  m: [
    [0.66, 0.02, 0.18, 0.022, 0.046, 0.024, 0.009, 0.003, 0.0002, 0.036],
    [0.623, 0.106, 0.029, 0.042, 0.057, 0.026, 0.096, 0.001, 0.019],
    [0.658, 0.022, 0.112, 0.014, 0.035, 0.097, 0.061],
    [0.791, 0.038, 0.171],
    [0.981, 0.019],
    [0.858, 0.142],
  ],
  u: [
    [0.0018, 0.00001, 0.0054, 0.002, 0.0141, 0.002, 0.0011, 0.0084, 0.01, 0.964],
    [0.00024, 0.0016, 0.000036, 0.000037, 0.0011, 0.0046, 0.022, 0.009, 0.96],
    [0.00017, 0.000044, 0.0052, 0.0025, 0.011, 0.032, 0.95],
    [0.0000075, 0.0001, 0.9999],
    [0.6, 0.4],
    [0.19, 0.81],
  ],
};
