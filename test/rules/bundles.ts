import type { z } from 'zod';
import type { Bundle } from '../../src/core/rules/bundle.js';
import { bundleSchema } from '../../src/core/rules/bundle.js';
import { CORE_PACK, CORE_PREDICATES } from '../../src/core/rules/core/pack.js';
import { evaluateBundle } from '../../src/core/rules/engine.js';
import type { Finding } from '../../src/core/rules/types.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> | T[K] : T[K] };

/**
 * A bundle for rule tests: a Venezuelan removed under INA §241 to Venezuela with a final order and nothing else
 * known, then the test's changes merged in (objects merged one level deep, arrays replaced).
 */
export function bundle(changes: DeepPartial<z.input<typeof bundleSchema>> = {}): Bundle {
  const base: Record<string, unknown> = {
    version: 1,
    person: { nationalities: ['VEN'] },
    transfer: { authority: 'INA241', from: 'USA', destination: 'VEN', departureAt: '2025-08-01T16:00:00Z' },
  };
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return bundleSchema.parse(merged);
}

/** The findings of one rule for a bundle. */
export function findingsOf(ruleId: string, input: Bundle): Finding[] {
  return evaluateBundle(input, CORE_PACK, CORE_PREDICATES).filter((finding) => finding.ruleId === ruleId);
}

/** `severity:outcome` of each finding of one rule, for compact assertions. */
export function outcomesOf(ruleId: string, input: Bundle): string[] {
  return findingsOf(ruleId, input).map((finding) => `${finding.severity}:${finding.outcome}`);
}

/** An ISO instant `seconds` after (or before, if negative) another. */
export function shift(instant: string, seconds: number): string {
  return new Date(Date.parse(instant) + seconds * 1000).toISOString();
}
