import type { Predicate } from '../types.js';

export const INTERNATIONAL_PREDICATES: Record<string, Predicate> = {};
