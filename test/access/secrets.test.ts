import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  hashSecret,
  looksLikeApiToken,
  newApiToken,
  newCsrfToken,
  newSessionSecret,
  openCursor,
  sealCursor,
} from '../../src/core/access/secrets.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('API tokens', () => {
  it('are ctk_ and 43 base64url characters, stored as their SHA-256 with the last four shown', () => {
    const { token, hash, lastFour } = newApiToken();
    expect(token).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    expect(hash).toBe(sha256(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lastFour).toBe(token.slice(-4));
    expect(newApiToken().token).not.toBe(token);
  });

  it('are recognised by their shape', () => {
    expect(looksLikeApiToken(newApiToken().token)).toBe(true);
    const token = newApiToken().token;
    for (const other of [
      '',
      'ctk_',
      token.slice(0, -1),
      `${token}A`,
      `CTK_${token.slice(4)}`,
      `ctk_${'+'.repeat(43)}`,
    ]) {
      expect(looksLikeApiToken(other)).toBe(false);
    }
    expect(looksLikeApiToken(` ${token}`)).toBe(false);
  });
});

describe('hashSecret, session secrets and CSRF tokens', () => {
  it('hashes to lowercase hex SHA-256', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashSecret('señal')).toBe(sha256('señal'));
  });

  it('makes 32-byte session secrets with their hash, and CSRF tokens', () => {
    const { secret, hash } = newSessionSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(sha256(secret));
    expect(newSessionSecret().secret).not.toBe(secret);
    const csrf = newCsrfToken();
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCsrfToken()).not.toBe(csrf);
  });
});

describe('constantTimeEqual', () => {
  it('is true only for equal texts, and false for different lengths without throwing', () => {
    const token = newCsrfToken();
    expect(constantTimeEqual(token, token.slice())).toBe(true);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(constantTimeEqual(token, token.slice(0, -1))).toBe(false);
    expect(constantTimeEqual('abc', '')).toBe(false);
    // Same number of UTF-16 units, different number of bytes.
    expect(constantTimeEqual('é', 'e')).toBe(false);
  });
});

describe('paging cursors', () => {
  const key = randomBytes(32);
  const payload = { after: { familyName: 'Hernández', recordedAt: '2026-11-30T08:00:00Z' }, id: 'per_01J9' };

  it('round-trips the payload', () => {
    const sealed = sealCursor(key, payload);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openCursor(key, sealed)).toEqual(payload);
    expect(openCursor(key, sealCursor(key, null))).toBeNull();
    expect(openCursor(key, sealCursor(key, [1, 'two']))).toEqual([1, 'two']);
  });

  it('shows nothing of the payload and differs every time', () => {
    const sealed = sealCursor(key, payload);
    const decoded = Buffer.from(sealed, 'base64url').toString('latin1');
    for (const value of ['Hernández', 'Hern', '2026', 'per_01J9', 'familyName', 'after']) {
      expect(sealed).not.toContain(value);
      expect(decoded).not.toContain(value);
    }
    expect(sealCursor(key, payload)).not.toBe(sealed);
  });

  it('refuses a cursor with any byte flipped', () => {
    const bytes = Buffer.from(sealCursor(key, payload), 'base64url');
    for (let index = 0; index < bytes.length; index += 1) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(openCursor(key, tampered.toString('base64url'))).toBeUndefined();
    }
  });

  it('refuses truncated cursors, other keys and garbage without throwing', () => {
    const sealed = sealCursor(key, payload);
    expect(openCursor(randomBytes(32), sealed)).toBeUndefined();
    for (const garbage of [
      '',
      sealed.slice(0, -1),
      sealed.slice(0, 38),
      sealed.slice(0, 10),
      `${sealed}A`,
      `${sealed.slice(0, 20)}!${sealed.slice(21)}`,
      `${sealed.slice(0, 20)}+${sealed.slice(21)}`,
      'not a cursor',
      'eyJhZnRlciI6MX0',
      Buffer.from(JSON.stringify(payload)).toString('base64url'),
    ]) {
      expect(openCursor(key, garbage)).toBeUndefined();
    }
  });

  it('refuses keys that are not 32 bytes and payloads with no JSON form', () => {
    expect(() => sealCursor(randomBytes(16), payload)).toThrow(RangeError);
    expect(() => openCursor(randomBytes(16), 'abc')).toThrow(RangeError);
    expect(() => sealCursor(key, undefined)).toThrow(TypeError);
  });
});
