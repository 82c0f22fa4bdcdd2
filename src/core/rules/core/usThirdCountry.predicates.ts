import type { Predicate } from '../types.js';

export const US_THIRD_COUNTRY_PREDICATES: Record<string, Predicate> = {};
