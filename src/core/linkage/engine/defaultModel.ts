/**
 * m and u of every comparison level (in the order of comparisonsFor([])), as estimated by the engine on
 * synthetic data (bench/linkage: 100,000 persons linked across two sources with identifiers, 2,000,000 random
 * pairs for u), rounded to three figures. They are the registry's and search's model, and the prior that EM and
 * the u estimate start from and are smoothed toward (worth M_PRIOR_MATCHES (train.ts) matches and
 * U_PRIOR_PAIRS random pairs, so a small file cannot teach itself that a twin is a match). Regenerate
 * them when the comparisons change.
 */
export const DEFAULT_LEVEL_PROBABILITIES: {
  m: readonly (readonly number[])[];
  u: readonly (readonly number[])[];
} = {
  m: [
    [0.741, 0.0483, 0.144, 0.00219, 0.016, 0.0041, 0.0253, 0.00628, 0.00431, 0.0001, 0.00841],
    [0.69, 0.14, 0.0356, 0.0483, 0.0668, 0.00237, 0.00852, 0.00103, 0.00707],
    [0.679, 0.0134, 0.153, 0.00929, 0.0591, 0.00874, 0.0775],
    [0.942, 0.0451, 0.013],
    [0.991, 0.00935],
    [0.984, 0.0158],
  ],
  u: [
    [0.00162, 1.8e-5, 0.00463, 0.00315, 0.0095, 0.005, 0.00214, 0.000981, 0.008, 3.4e-5, 0.965],
    [0.000191, 0.0034, 3.85e-5, 2.15e-5, 0.000903, 0.00495, 0.0232, 0.00523, 0.962],
    [0.000112, 2.78e-5, 0.0074, 0.00276, 0.0148, 0.031, 0.944],
    [9.2e-6, 1.38e-6, 0.99999],
    [0.642, 0.358],
    [0.171, 0.829],
  ],
};
