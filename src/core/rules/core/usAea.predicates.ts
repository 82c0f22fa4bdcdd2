import type { Predicate } from '../types.js';

export const US_AEA_PREDICATES: Record<string, Predicate> = {};
