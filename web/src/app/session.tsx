import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../api/client.js';

async function fetchSession() {
  const answer = unwrap(await api.GET('/api/session'));
  setCsrfToken('csrfToken' in answer ? answer.csrfToken : null);
  return answer;
}

/** Who the page is for: signed in or not, the role acted with. The API decides what each role sees. */
export function useSession() {
  return useQuery({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });
}

export type Session = Awaited<ReturnType<typeof fetchSession>>;

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.DELETE('/api/session');
    setCsrfToken(null);
    await client.invalidateQueries();
  };
}

const RANK = { public: 0, viewer: 1, editor: 2, admin: 3 } as const;

/** Whether the session's role reaches `least`. */
export function roleAtLeast(role: keyof typeof RANK | undefined, least: keyof typeof RANK): boolean {
  return RANK[role ?? 'public'] >= RANK[least];
}
