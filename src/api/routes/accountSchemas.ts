import { z } from 'zod';
import { ACCOUNT_ROLES } from '../../core/ports/accounts.js';
import { ROLES } from '../../core/roles.js';

/** Response schemas of the account routes: the OpenAPI document types them for clients and the web app. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  secondFactor: z.boolean(),
  demo: z.boolean(),
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  credentialsChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const sessionAnswer = z.union([
  z.object({ signedIn: z.literal(false), role: z.enum(ROLES) }),
  z.object({
    signedIn: z.literal(true),
    /** The role acted with: the account's, or a lesser one asked for with X-Custodia-Role. */
    role: z.enum(ROLES),
    user: userSchema,
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable(),
    expiresAt: z.string().nullable(),
    idleMinutes: z.number().nullable(),
    secondFactor: z.enum(['verified', 'not_required', 'enrolment_required']).nullable(),
  }),
]);

export const sessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  active: z.boolean(),
  endedAt: z.string().nullable(),
  endedReason: z.string().nullable(),
  secondFactor: z.string(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const tokenSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  lastFour: z.string(),
  scope: z.enum(['read', 'write']),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  active: z.boolean(),
});
