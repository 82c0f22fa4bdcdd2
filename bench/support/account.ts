import { CLI_ACTOR, type Application } from '../../src/app.js';
import type { AccountRole } from '../../src/core/ports/accounts.js';
import { addUser } from '../../src/core/usecases/access/addUser.js';
import { createApiToken } from '../../src/core/usecases/access/apiTokens.js';

/** A password the policy accepts, for the benchmarks' own accounts. */
export const BENCH_PASSWORD = 'copper-meadow-lantern-27-sable';

/** An account of the role on the benchmark's registry, and the headers of a token acting as it. */
export async function benchAccount(
  application: Application,
  role: AccountRole,
): Promise<{ email: string; headers: Record<string, string> }> {
  const email = `bench-${role}-${Date.now()}@custodia.invalid`;
  const context = application.context(CLI_ACTOR);
  const { user } = await addUser(context, { email, role, password: BENCH_PASSWORD });
  const { token } = await createApiToken(context, user, { scope: 'read', name: 'benchmark' });
  return { email, headers: { authorization: `Bearer ${token}` } };
}
