import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { randomInt } from 'node:crypto';

/** NIST SP 800-63B: at least 12 code points after NFKC normalisation, at most 256, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
/** The longest password accepted, in code points: long enough for any passphrase, short enough to hash cheaply. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password was refused, as a stable code the web app can translate. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal' | 'guessable';

/** The verdict of `checkPassword`; `reason` tells the user what to do and never repeats the password. */
export type PasswordCheck = { ok: true } | { ok: false; problem: PasswordProblem; reason: string };

const REASONS: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters: a phrase of several unrelated words is easy to remember.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common:
    'This password is on, or close to, a list of common passwords: choose a longer phrase of unrelated words.',
  personal:
    'This password contains your e-mail address, its name part or the name of this site: choose a phrase that has nothing to do with them.',
  guessable:
    'This password follows a pattern that is easy to guess (repeated characters, sequences, keyboard rows, dates or common words): choose a longer phrase of unrelated words.',
};

// zxcvbn's score 3 means "safely unguessable: moderate protection from an offline slow-hash attack" (>= 10^8 guesses).
const MIN_SCORE = 3;

// `full` has every dictionary (common passwords, English and Spanish words and names); `nearCommon` only the
// common-password list, with edit distance for passwords a typo away from it: over every dictionary, edit distance
// costs up to a second per password.
interface StrengthCheckers {
  full: ZxcvbnFactory;
  nearCommon: ZxcvbnFactory;
}

// Loading and ranking the dictionaries takes a few hundred milliseconds, so it happens on first use, not at import.
let checkers: Promise<StrengthCheckers> | undefined;

async function loadCheckers(): Promise<StrengthCheckers> {
  const [{ ZxcvbnFactory }, common, english, spanish] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-es-es'),
  ]);
  const shared = { graphs: common.adjacencyGraphs, translations: english.translations };
  return {
    full: new ZxcvbnFactory({
      ...shared,
      dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
    }),
    nearCommon: new ZxcvbnFactory({
      ...shared,
      dictionary: { 'passwords-common': common.dictionary['passwords-common'] },
      useLevenshteinDistance: true,
    }),
  };
}

function userInputs(email: string | undefined): string[] {
  const address = email?.trim().toLowerCase() ?? '';
  const localPart = address.split('@')[0] ?? '';
  const nameParts = localPart.split(/[._+-]+/).filter((part) => part.length >= 3);
  return [...new Set(['custodia', address, localPart, ...nameParts].filter((input) => input !== ''))];
}

function problemOf(result: ZxcvbnResult): PasswordProblem | undefined {
  if (result.score >= MIN_SCORE) return undefined;
  const dictionaries = new Set(result.sequence.map((match) => match['dictionaryName'] as unknown));
  if (dictionaries.has('userInputs')) return 'personal';
  if (dictionaries.has('passwords-common')) return 'common';
  return 'guessable';
}

/**
 * Checks a new password against the policy of NIST SP 800-63B: length in code points after NFKC normalisation,
 * then zxcvbn's estimate over common passwords (and near misses), English and Spanish words and names, and the
 * user's own e-mail address. Asynchronous because the first call loads the dictionaries.
 */
export async function checkPassword(password: string, context: { email?: string }): Promise<PasswordCheck> {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return refused('too_short');
  if (length > PASSWORD_MAX_LENGTH) return refused('too_long');
  const { full, nearCommon } = await (checkers ??= loadCheckers());
  const inputs = userInputs(context.email);
  const problem =
    problemOf(full.check(normalised, inputs)) ?? problemOf(nearCommon.check(normalised, inputs));
  return problem === undefined ? { ok: true } : refused(problem);
}

function refused(problem: PasswordProblem): PasswordCheck {
  return { ok: false, problem, reason: REASONS[problem] };
}

// Base58: no 0/O or I/l, so a password read aloud or copied by hand survives.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * A random password that always passes `checkPassword`: four groups of five base58 characters joined by
 * hyphens (20 random characters, about 117 bits), for accounts an administrator creates or resets.
 */
export function generatePassword(): string {
  const group = (): string => Array.from({ length: 5 }, () => BASE58[randomInt(BASE58.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

// @node-rs/argon2 declares Algorithm as an ambient const enum, which isolatedModules cannot read (and its runtime
// object is empty), so the member's value is written out: 2 is Argon2id.
const ARGON2ID: Algorithm = 2;

/** Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane), written out so that a library upgrade cannot lower it. */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/** The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) to store for a password, with a fresh salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), PASSWORD_HASH_OPTIONS);
}

/** Whether a password matches a stored hash. Throws if the stored text is not an argon2 hash at all. */
export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password.normalize('NFKC'));
}

/** True when a stored hash was made with other parameters (or is not argon2): rehash it at the next sign-in. */
export function needsRehash(storedHash: string): boolean {
  try {
    const stored = parseOptions(storedHash);
    return (Object.keys(PASSWORD_HASH_OPTIONS) as Array<keyof typeof PASSWORD_HASH_OPTIONS>).some(
      (key) => stored[key] !== PASSWORD_HASH_OPTIONS[key],
    );
  } catch {
    return true;
  }
}

/** A hash of a random password nobody knows, made with `PASSWORD_HASH_OPTIONS`. */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$rnAsT1Cok8cVUaKEAqJaqA$xLFmapolhEElYI/QzeeKZsWfZAAqwYFW8oaREBIZjmM';

/**
 * Spends the time of one `verifyPassword` and answers false, so that signing in with an unknown e-mail address
 * takes as long as a wrong password and response times do not reveal who has an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verify(DUMMY_PASSWORD_HASH, password.normalize('NFKC'));
  return false;
}
