import type { UseCaseContext } from '../context.js';
import { addUser } from './addUser.js';

/** The demo accounts `npm start` makes, one per role. `.invalid` is reserved: no mail can reach them. */
export const DEMO_ACCOUNTS = [
  { email: 'demo-admin@custodia.invalid', role: 'admin' },
  { email: 'demo-editor@custodia.invalid', role: 'editor' },
  { email: 'demo-viewer@custodia.invalid', role: 'viewer' },
] as const;

/**
 * Makes the demo accounts with generated passwords, returned once to be shown and written to an owner-only file.
 * Marked `demo`: `custodia serve` refuses any address but loopback while one is enabled.
 */
export async function createDemoAccounts(
  context: UseCaseContext,
): Promise<Array<{ email: string; role: string; password: string }>> {
  const made: Array<{ email: string; role: string; password: string }> = [];
  for (const account of DEMO_ACCOUNTS) {
    const { user, generatedPassword } = await addUser(context, { ...account, demo: true });
    made.push({ email: user.email, role: user.role, password: generatedPassword as string });
  }
  return made;
}
