import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Application } from '../../src/app.js';
import { CLI_ACTOR } from '../../src/app.js';
import type { AccountRole } from '../../src/core/ports/accounts.js';
import { addUser } from '../../src/core/usecases/access/addUser.js';
import { createApiToken } from '../../src/core/usecases/access/apiTokens.js';

/** A password the policy accepts, shared by the accounts tests make (never a real one). */
export const TEST_PASSWORD = 'quiet-harbour-lantern-94-ochre';

let counter = 0;

/** An account of the role with a write token, made through the use cases as the local operator would. */
export async function accountWithToken(
  application: Application,
  role: AccountRole,
  options: { email?: string; scope?: 'read' | 'write' } = {},
): Promise<{ userId: string; email: string; token: string; headers: Record<string, string> }> {
  counter += 1;
  const email = options.email ?? `test-${role}-${counter}@custodia.invalid`;
  const context = application.context(CLI_ACTOR);
  const { user } = await addUser(context, { email, role, password: TEST_PASSWORD });
  const { token } = await createApiToken(context, user, { scope: options.scope ?? 'write', name: 'tests' });
  return { userId: user.id, email, token, headers: { authorization: `Bearer ${token}` } };
}

/**
 * The API with every injected request made with these headers (a test's own headers win): for suites about
 * something else than sign-in, which act as one account throughout.
 */
export function injectingAs(api: FastifyInstance, headers: Record<string, string>): FastifyInstance {
  const inject = (options: InjectOptions | string) => {
    const given = typeof options === 'string' ? { url: options } : options;
    return api.inject({ ...given, headers: { ...headers, ...(given.headers as Record<string, string>) } });
  };
  return new Proxy(api, {
    get: (target, property, receiver) =>
      property === 'inject' ? inject : (Reflect.get(target, property, receiver) as unknown),
  });
}

/** An admin's API: for suites that exercise the registry rather than access. */
export async function adminApi(
  application: Application,
  api?: FastifyInstance,
): Promise<{ api: FastifyInstance; raw: FastifyInstance; userId: string; headers: Record<string, string> }> {
  const raw = api ?? (await application.api());
  const admin = await accountWithToken(application, 'admin');
  return { api: injectingAs(raw, admin.headers), raw, userId: admin.userId, headers: admin.headers };
}
