import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 as every authenticator app reads it: HMAC-SHA-1, six digits, 30-second steps. Apps ignore other
 * values in the otpauth:// URI often enough that changing any of these would lock people out.
 */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** Steps either side of the current one that are still accepted, for clocks that drift and slow typists. */
export const TOTP_WINDOW = 1;

/** The verdict of `verifyTotp`; `step` is to be stored as the last used step of the account. */
export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'replayed' };

/** A new shared secret for an authenticator app: 20 random bytes (RFC 4226's recommended 160 bits), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads, usually from a QR code, to add the account. */
export function totpUri(secret: string, account: string, issuer = 'Custodia'): string {
  return new TOTP({ ...TOTP_SETTINGS, issuer, label: account, secret: Secret.fromBase32(secret) }).toString();
}

/**
 * Checks a code typed by the user at `now`, accepting one step either side. A code of a step at or before
 * `lastUsedStep` is refused as replayed (RFC 6238 §5.2: a code is good once), so a code seen over a shoulder
 * or taken from a phished page cannot be used again. Spaces are ignored ("123 456" as apps show it);
 * anything else that is not six ASCII digits is invalid.
 */
export function verifyTotp(secret: string, code: string, now: Date, lastUsedStep: number | null): TotpCheck {
  const token = code.replace(/\s+/g, '');
  // otpauth compares byte buffers and throws when their lengths differ, e.g. for non-ASCII characters.
  if (!/^[0-9]+$/.test(token) || token.length !== TOTP_SETTINGS.digits)
    return { ok: false, reason: 'invalid' };
  const timestamp = now.getTime();
  const delta = TOTP.validate({
    ...TOTP_SETTINGS,
    token,
    secret: Secret.fromBase32(secret),
    timestamp,
    window: TOTP_WINDOW,
  });
  if (delta === null) return { ok: false, reason: 'invalid' };
  const step = TOTP.counter({ period: TOTP_SETTINGS.period, timestamp }) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}
