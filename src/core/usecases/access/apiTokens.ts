import { z } from 'zod';
import { DomainError, notFound } from '../../errors.js';
import type { ApiToken, TokenScope, User } from '../../ports/accounts.js';
import { presentToken } from '../../presenters/accountPresenter.js';
import { newApiToken } from '../../access/secrets.js';
import type { UseCaseContext } from '../context.js';
import { parseOrThrow } from '../validate.js';

/** `90d`, `12h`, `1y`: how long a token lives; at most two years. */
const lifetimeSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,4}[hdy]$/, 'expected a duration such as 90d, 12h or 1y')
  .transform(
    (text) =>
      Number(text.slice(0, -1)) * { h: 3_600_000, d: 86_400_000, y: 365 * 86_400_000 }[text.at(-1) as 'h'],
  );
const MAX_LIFETIME_MS = 2 * 365 * 86_400_000;

export const tokenRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100).default('API token'),
    scope: z.enum(['read', 'write']),
    expires: z.string().default('90d'),
  })
  .strict();

/** Makes a token for a user: shown once here, stored as its SHA-256 with its last four characters. */
export async function createApiToken(
  context: UseCaseContext,
  user: User,
  request: { name?: string | undefined; scope: TokenScope | string; expires?: string | undefined },
): Promise<{ token: string; stored: ApiToken }> {
  const parsed = parseOrThrow(tokenRequestSchema, request);
  const lifetime = parseOrThrow(lifetimeSchema, parsed.expires, ['expires']);
  if (lifetime > MAX_LIFETIME_MS)
    throw new DomainError('invalid_input', 'a token lives at most two years (730d)', {
      issues: [{ path: ['expires'], message: 'at most 730d' }],
    });
  if (user.disabledAt !== null) throw new DomainError('invalid_input', `${user.email} is disabled`);
  const now = context.clock();
  const { token, hash, lastFour } = newApiToken();
  const stored: ApiToken = {
    id: context.newId('tok'),
    userId: user.id,
    name: parsed.name,
    tokenHash: hash,
    lastFour,
    scope: parsed.scope,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetime).toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await context.store.transaction(context.actor, async (unitOfWork) => {
    await unitOfWork.insertToken(stored);
    await unitOfWork.audit([
      {
        action: 'create',
        kind: 'apiToken',
        entityId: stored.id,
        version: 1,
        before: null,
        after: presentToken(stored, stored.createdAt),
      },
    ]);
  });
  return { token, stored };
}

/** Revokes a token; only its owner or an admin may. */
export async function revokeApiToken(
  context: UseCaseContext,
  tokenId: string,
  byAdmin: boolean,
): Promise<ApiToken> {
  const token = await context.store.tokenById(tokenId);
  if (!token || (!byAdmin && token.userId !== context.actor.id)) throw notFound('token', tokenId);
  const at = context.clock().toISOString();
  await context.store.transaction(context.actor, async (unitOfWork) => {
    await unitOfWork.revokeTokens({ id: token.id }, at);
    await unitOfWork.audit([
      {
        action: 'update',
        kind: 'apiToken',
        entityId: token.id,
        version: 2,
        before: null,
        after: { revokedAt: at },
      },
    ]);
  });
  return { ...token, revokedAt: token.revokedAt ?? at };
}
