/**
 * The one error catalogue. Each code is stable (clients and scripts may match on it) and belongs to a category;
 * adapters map categories to HTTP statuses (src/api/errorMapping.ts) and exit codes (src/cli/exitCodes.ts).
 */
export const ERROR_CATEGORIES = {
  invalid_input: 'bad_input',
  malformed_json: 'bad_input',
  reference_not_found: 'bad_input',
  invalid_bundle: 'bad_input',
  not_found: 'not_found',
  route_not_found: 'not_found',
  version_conflict: 'conflict',
  already_retracted: 'conflict',
  /** The same file is being imported into the same data set by a process that is still running. */
  import_in_progress: 'conflict',
  database_not_empty: 'conflict',
  /** A reviewer said these records are not the same human being: their persons may never be merged. */
  cannot_link: 'conflict',
  /** A match was accepted or rejected already; a decision is not taken twice. */
  match_already_decided: 'conflict',
  /** The two sides of a match are one person already: split them before rejecting. */
  already_linked: 'conflict',
  forbidden: 'forbidden',
  /** A write made with a session cookie without the session's `X-CSRF-Token`. */
  csrf_token_invalid: 'forbidden',
  /** An admin signed in without a second factor while `--require-2fa` is set: enrol one first. */
  second_factor_enrolment_required: 'forbidden',
  /** Not signed in (or the session or token ended) where the route needs a role. */
  unauthenticated: 'unauthenticated',
  /** The e-mail, password or second-factor code is wrong, or the account is disabled. */
  invalid_credentials: 'unauthenticated',
  /** The password was right and the account has a second factor: send its current code too. */
  second_factor_required: 'unauthenticated',
  /** Too many attempts or requests from this address or for this account: wait and try again. */
  rate_limited: 'rate_limited',
  /** A password under the policy (too short, or on or close to a list of common passwords). */
  weak_password: 'bad_input',
  /** Another account has this e-mail. */
  email_taken: 'conflict',
  /** `custodia serve` on a network address with demo accounts enabled or no admin. */
  unsafe_to_serve: 'bad_input',
  payload_too_large: 'too_large',
  unsupported_media_type: 'unsupported_media_type',
  store_unavailable: 'unavailable',
  internal_error: 'failure',
} as const;

export type ErrorCode = keyof typeof ERROR_CATEGORIES;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[ErrorCode];

/** Where in the input a problem is, and what it is. */
export interface Issue {
  path: Array<string | number>;
  message: string;
}

/** A failure the domain knows about. It carries no HTTP status: adapters decide that from the code. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: Issue[]; kind?: string; id?: string; [key: string]: unknown } = {},
  ) {
    super(message);
  }

  get category(): ErrorCategory {
    return ERROR_CATEGORIES[this.code];
  }
}

export function invalidInput(issues: Issue[], message = 'the input is not valid'): DomainError {
  const summary = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  return new DomainError('invalid_input', `${message}: ${summary}`, { issues });
}

export function notFound(kind: string, id: string): DomainError {
  return new DomainError('not_found', `no ${kind} with id ${id}`, { kind, id });
}

export function versionConflict(kind: string, id: string, expected: number, actual: number): DomainError {
  return new DomainError(
    'version_conflict',
    `${kind} ${id} was changed by someone else: you sent version ${expected}, the current version is ${actual}; reload and apply your change again`,
    { kind, id, expectedVersion: expected, currentVersion: actual },
  );
}
