import type { ErrorCategory } from '../core/errors.js';

/** Exit codes: 0 done; 1 failed (not the caller's fault); 2 bad input or usage; 3 conflict with the data. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, conflict: 3 } as const;

const BY_CATEGORY: Record<ErrorCategory, number> = {
  bad_input: EXIT.badInput,
  not_found: EXIT.badInput,
  forbidden: EXIT.badInput,
  unauthenticated: EXIT.badInput,
  rate_limited: EXIT.failure,
  too_large: EXIT.badInput,
  unsupported_media_type: EXIT.badInput,
  conflict: EXIT.conflict,
  unavailable: EXIT.failure,
  failure: EXIT.failure,
};

export function exitCodeFor(category: ErrorCategory): number {
  return BY_CATEGORY[category];
}
