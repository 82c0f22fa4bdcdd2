import type { FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/ports/store.js';
import { ROLES, type Role } from '../core/roles.js';

export const ROLE_HEADER = 'x-custodia-role';

/**
 * Who is calling. Until accounts exist the server listens on loopback only and the local caller is admin; the
 * `X-Custodia-Role` header lets that caller act with a lesser role, to see what a viewer or the public would.
 */
export function actorOf(request: FastifyRequest): Actor {
  const header = request.headers[ROLE_HEADER];
  if (header === undefined) return { id: 'local-admin', role: 'admin' };
  const value = Array.isArray(header) ? header[0] : header;
  if (!ROLES.includes(value as Role)) {
    throw new DomainError('invalid_input', `header X-Custodia-Role must be one of ${ROLES.join(', ')}`, {
      issues: [{ path: ['headers', ROLE_HEADER], message: `unknown role "${value}"` }],
    });
  }
  return { id: `local-admin-as-${value}`, role: value as Role };
}
