import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The prefix of every API token: secret scanners (GitHub's among them) can be taught to find leaked tokens by it. */
export const API_TOKEN_PREFIX = 'ctk_';

const API_TOKEN_PATTERN = /^ctk_[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url: 256 bits, beyond guessing, so a fast hash is enough to store them. */
function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The lowercase hex SHA-256 of a text. For random secrets (tokens, session secrets) this is the right stored
 * form: they cannot be guessed, so a slow password hash would only cost time. Never use it for passwords.
 */
export function hashSecret(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A new API token, shown to its owner once. Store `hash` to look the token up, and `lastFour` so that the
 * owner can tell tokens apart in a list.
 */
export function newApiToken(): { token: string; hash: string; lastFour: string } {
  const token = API_TOKEN_PREFIX + randomSecret();
  return { token, hash: hashSecret(token), lastFour: token.slice(-4) };
}

/** Whether a text has the shape of an API token, to refuse anything else before a database look-up. */
export function looksLikeApiToken(text: string): boolean {
  return API_TOKEN_PATTERN.test(text);
}

/** A new session secret for the cookie; store only `hash`, so a copy of the database opens no session. */
export function newSessionSecret(): { secret: string; hash: string } {
  const secret = randomSecret();
  return { secret, hash: hashSecret(secret) };
}

/** A new anti-CSRF token (32 random bytes, base64url). */
export function newCsrfToken(): string {
  return randomSecret();
}

/**
 * Compares two secrets in time that does not depend on where they first differ. Texts of different lengths
 * are unequal at once: the length of a token is no secret.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function assertCursorKey(key: Buffer): void {
  if (key.length !== 32) throw new RangeError(`a cursor key must be 32 bytes (AES-256), not ${key.length}`);
}

/**
 * Seals a paging cursor: AES-256-GCM over the payload's JSON, as base64url of iv | tag | ciphertext. The client
 * can neither read the values inside (a name or a date of the last row seen) nor make a cursor of its own.
 * Throws if the key is not 32 bytes or the payload has no JSON form.
 */
export function sealCursor(key: Buffer, payload: unknown): string {
  assertCursorKey(key);
  const json = JSON.stringify(payload) as string | undefined;
  if (json === undefined) throw new TypeError('a cursor payload must have a JSON form');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/**
 * Opens a cursor made by `sealCursor` with the same key. Returns undefined, never throws, for a cursor that was
 * tampered with, truncated, is not base64url or was sealed with another key: the caller answers "invalid
 * cursor". Throws only if the key itself is not 32 bytes, which is a configuration error.
 */
export function openCursor(key: Buffer, text: string): unknown {
  assertCursorKey(key);
  const sealed = Buffer.from(text, 'base64url');
  // Buffer.from skips characters outside the alphabet; a text that does not round-trip is not ours.
  if (sealed.toString('base64url') !== text || sealed.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
