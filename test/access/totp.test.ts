import { Secret, TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { TOTP_SETTINGS, newTotpSecret, totpUri, verifyTotp } from '../../src/core/access/totp.js';

describe('TOTP settings', () => {
  // RFC 6238 Appendix B, SHA-1 rows: the library with our settings, at eight digits, must give these codes.
  const rfcSecret = Secret.fromLatin1('12345678901234567890');
  const vectors: Array<[seconds: number, code: string]> = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it.each(vectors)('gives the RFC 6238 code at %i seconds', (seconds, code) => {
    const totp = new TOTP({ ...TOTP_SETTINGS, digits: 8, secret: rfcSecret });
    expect(totp.generate({ timestamp: seconds * 1000 })).toBe(code);
  });

  it.each(vectors)('accepts the last six digits of the RFC 6238 code at %i seconds', (seconds, code) => {
    const step = Math.floor(seconds / 30);
    expect(verifyTotp(rfcSecret.base32, code.slice(2), new Date(seconds * 1000), null)).toEqual({
      ok: true,
      step,
    });
  });
});

describe('newTotpSecret and totpUri', () => {
  it('makes 20-byte base32 secrets that differ', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('writes an otpauth:// URI that authenticator apps read back', () => {
    const secret = newTotpSecret();
    const uri = totpUri(secret, 'maria.lopez@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Custodia:maria\.lopez%40example\.org\?/);
    const parsed = URI.parse(uri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.secret.base32).toBe(secret);
    expect(parsed).toMatchObject({ issuer: 'Custodia', algorithm: 'SHA1', digits: 6, period: 30 });
    expect(totpUri(secret, 'x@example.org', 'Custodia staging')).toContain('issuer=Custodia%20staging');
  });
});

describe('verifyTotp', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-12-01T10:00:15Z');
  const currentStep = Math.floor(now.getTime() / 30_000);
  const codeAt = (step: number): string =>
    TOTP.generate({ ...TOTP_SETTINGS, secret: Secret.fromBase32(secret), timestamp: step * 30_000 });

  it('accepts the current code and one step either side, and says which step was used', () => {
    expect(verifyTotp(secret, codeAt(currentStep), now, null)).toEqual({ ok: true, step: currentStep });
    expect(verifyTotp(secret, codeAt(currentStep - 1), now, null)).toEqual({
      ok: true,
      step: currentStep - 1,
    });
    expect(verifyTotp(secret, codeAt(currentStep + 1), now, null)).toEqual({
      ok: true,
      step: currentStep + 1,
    });
  });

  it('refuses codes two steps away', () => {
    expect(verifyTotp(secret, codeAt(currentStep - 2), now, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyTotp(secret, codeAt(currentStep + 2), now, null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a code of a step already used, or of an earlier one', () => {
    const first = verifyTotp(secret, codeAt(currentStep), now, null);
    expect(first.ok).toBe(true);
    const lastUsed = first.ok ? first.step : null;
    expect(verifyTotp(secret, codeAt(currentStep), now, lastUsed)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(secret, codeAt(currentStep - 1), now, lastUsed)).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect(verifyTotp(secret, codeAt(currentStep + 1), now, lastUsed)).toEqual({
      ok: true,
      step: currentStep + 1,
    });
  });

  it('ignores spaces as apps show them', () => {
    const code = codeAt(currentStep);
    expect(verifyTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, now, null)).toEqual({
      ok: true,
      step: currentStep,
    });
  });

  it('refuses malformed codes without throwing', () => {
    const code = codeAt(currentStep);
    for (const malformed of [
      '',
      'abcdef',
      code.slice(0, 5),
      `${code}0`,
      `${code.slice(0, 5)}é`,
      '١٢٣٤٥٦',
      '12345\u0000',
    ]) {
      expect(verifyTotp(secret, malformed, now, null)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
