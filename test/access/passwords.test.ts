import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  DUMMY_PASSWORD_HASH,
  PASSWORD_HASH_OPTIONS,
  checkPassword,
  generatePassword,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../src/core/access/passwords.js';

const email = 'maria.lopez@example.org';

async function problemOf(password: string): Promise<string | undefined> {
  const check = await checkPassword(password, { email });
  if (check.ok) return undefined;
  if (password !== '') expect(check.reason).not.toContain(password);
  return check.problem;
}

describe('checkPassword', () => {
  it('counts code points after NFKC normalisation, from 12 to 256', async () => {
    expect(await problemOf('')).toBe('too_short');
    expect(await problemOf('Xk9#mP2$vL7')).toBe('too_short');
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    expect(await problemOf('🐢🌧🎻🧭🪁🦉🍋🚲🪴🧲🎈')).toBe('too_short');
    // NFKC turns each ligature "ﬁ" into two letters, so six of them make twelve characters.
    expect(await problemOf('\uFB01'.repeat(6))).not.toBe('too_short');
    expect(await problemOf('violet kettle harbour '.repeat(12).slice(0, 257))).toBe('too_long');
  });

  it('refuses passwords on, or close to, the common-password list', async () => {
    expect(await problemOf('password1234')).toBe('common');
    expect(await problemOf('qwertyuiopasdfgh')).toBe('common');
    expect(await problemOf('P@ssw0rd1234')).toBe('common');
    // Two letters swapped: found only by the edit-distance pass over the list.
    expect(await problemOf('passwrod1234')).toBe('common');
    expect(await problemOf('contraseña1234')).toBeDefined();
  });

  it('refuses patterns and the user’s own e-mail address', async () => {
    expect(await problemOf('aaaaaaaaaaaa')).toBe('guessable');
    expect(await problemOf('123456789012')).toBeDefined();
    expect(await problemOf(email)).toBe('personal');
    expect(await problemOf('maria.lopez2024')).toBe('personal');
    expect(await problemOf('custodia2024!')).toBe('personal');
  });

  it('tells the user what to do', async () => {
    const check = await checkPassword('password1234', {});
    expect(check).toEqual({
      ok: false,
      problem: 'common',
      reason: expect.stringContaining('choose a longer phrase of unrelated words') as unknown,
    });
  });

  it('accepts random passwords and passphrases in English and Spanish', async () => {
    for (const password of [
      'xK9mPq2vLr7nW4tB8sZc',
      'violet kettle harbour sixteen',
      'tortuga verde bajo la lluvia',
    ]) {
      expect(await checkPassword(password, { email })).toEqual({ ok: true });
    }
  });

  it('accepts every generated password', async () => {
    for (let round = 0; round < 50; round += 1) {
      const password = generatePassword();
      expect(password).toMatch(/^[1-9A-HJ-NP-Za-km-z]{5}(-[1-9A-HJ-NP-Za-km-z]{5}){3}$/);
      expect(await checkPassword(password, { email })).toEqual({ ok: true });
    }
  });
});

describe('password hashes', () => {
  it('hashes with argon2id at the explicit parameters and verifies', async () => {
    const stored = await hashPassword('violet kettle harbour sixteen');
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(stored, 'violet kettle harbour sixteen')).toBe(true);
    expect(await verifyPassword(stored, 'violet kettle harbour seventeen')).toBe(false);
    expect(await hashPassword('violet kettle harbour sixteen')).not.toBe(stored);
  });

  it('verifies a password typed in another Unicode form', async () => {
    const stored = await hashPassword('Ångström de Åsa 2026');
    expect(await verifyPassword(stored, 'A\u030Angstro\u0308m de A\u030Asa 2026')).toBe(true);
  });

  it('asks for a rehash when the stored parameters differ from the policy', async () => {
    expect(needsRehash(await hashPassword('violet kettle harbour sixteen'))).toBe(false);
    const weaker = await hash('violet kettle harbour sixteen', { ...PASSWORD_HASH_OPTIONS, timeCost: 1 });
    expect(needsRehash(weaker)).toBe(true);
    expect(needsRehash('$2b$12$abcdefghijklmnopqrstuuFQ1h5mEMP5l0F0zWb5fDNc3PC0QjvSa')).toBe(true);
    expect(needsRehash('')).toBe(true);
  });

  it('keeps the dummy hash in step with the policy and always answers false', async () => {
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyAgainstDummy('violet kettle harbour sixteen')).toBe(false);
  });
});
