import { KIND_ORDER, kindOf } from '../entities/index.js';
import type { Role } from '../roles.js';

/**
 * What a route's answer may carry about the persons of the registry:
 * - `none`: nothing about persons (agreements, facilities, flights, sources, health, documentation);
 * - `aggregate`: counts over persons, which the public gets only as protected tables (small cells suppressed);
 * - `person`: person data, which leaves only through the presenters for the caller's role, and whose every read
 *   by a user is audited;
 * - `account`: data of accounts (users, sessions, tokens), never of the persons of the registry;
 * - `importReport`: raw cell values of imported files, which may hold anything a file held.
 */
export type PersonData = 'none' | 'aggregate' | 'person' | 'account' | 'importReport';

/** The access policy of one route: the least role that may call it and what its answer may hold. */
export interface RoutePolicy {
  least: Role;
  personData: PersonData;
  /**
   * Callable while a session still has to enrol a second factor (`--require-2fa`): signing out, the second
   * factor itself and the password, nothing else.
   */
  duringEnrolment?: true;
  /** Stricter limits for callers who are not signed in, beyond the anonymous rate limit every route has. */
  publicLimits?: { bodyBytes: number; perMinute: number };
  /**
   * Signing in needs no CSRF token even with an old session cookie: its JSON body already cannot be sent from
   * another site (a form cannot send `application/json`, and no cross-origin request is allowed to).
   */
  csrfExempt?: true;
}

const PUBLIC: RoutePolicy = { least: 'public', personData: 'none' };
const PUBLIC_AGGREGATE: RoutePolicy = { least: 'public', personData: 'aggregate' };
const VIEWER_PERSON: RoutePolicy = { least: 'viewer', personData: 'person' };
const EDITOR_PERSON: RoutePolicy = { least: 'editor', personData: 'person' };
const EDITOR: RoutePolicy = { least: 'editor', personData: 'none' };
const SELF: RoutePolicy = { least: 'viewer', personData: 'account' };
const SELF_DURING_ENROLMENT: RoutePolicy = { ...SELF, duringEnrolment: true };
const ADMIN_ACCOUNTS: RoutePolicy = { least: 'admin', personData: 'account' };

/** Every kind's five operations: person kinds are read from viewer up; every write needs an editor. */
function entityPolicies(): Record<string, RoutePolicy> {
  const policies: Record<string, RoutePolicy> = {};
  for (const kindName of KIND_ORDER) {
    const kind = kindOf(kindName);
    const base = `/api/${kind.collection}`;
    const read = kind.personal ? VIEWER_PERSON : PUBLIC;
    const write = kind.personal ? EDITOR_PERSON : EDITOR;
    policies[`GET ${base}`] = read;
    policies[`GET ${base}/:id`] = read;
    policies[`POST ${base}`] = write;
    policies[`PUT ${base}/:id`] = write;
    policies[`PATCH ${base}/:id`] = write;
    policies[`POST ${base}/:id/retract`] = write;
  }
  return policies;
}

/**
 * The one table of who may call what, by `METHOD /path` as the route is registered. The API refuses to start
 * with a route missing from it, and a test compares it with every route Fastify registered. HEAD follows GET.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  ...entityPolicies(),
  // The browser app's files and its page (the API decides what each role sees in it), and the documentation.
  'GET /': PUBLIC,
  'GET /*': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs': PUBLIC,
  'GET /api/docs/': PUBLIC,
  'GET /api/docs/json': PUBLIC,
  'GET /api/docs/yaml': PUBLIC,
  'GET /api/docs/static/*': PUBLIC,
  'GET /api/docs/static/index.html': PUBLIC,
  'GET /api/docs/static/swagger-initializer.js': PUBLIC,
  'GET /api/health': PUBLIC,
  // Aggregates: protected tables for the public, exact figures from viewer up.
  'GET /api/stats': PUBLIC_AGGREGATE,
  'GET /api/agreements/:id': PUBLIC_AGGREGATE,
  // A reported count against the registry: the persons identified from viewer up (audited as reads of them); the
  // public gets only how many, suppressed from 1 to 4, and no one (src/core/usecases/reconcileReportedCount.ts).
  'GET /api/reported-counts/:id/reconciliation': { least: 'public', personData: 'person' },
  // Person views.
  'GET /api/persons/:id': VIEWER_PERSON,
  'GET /api/persons/:id/timeline': VIEWER_PERSON,
  'GET /api/persons/:id/deadlines': VIEWER_PERSON,
  // Who is held in a facility now: persons, for viewers and up.
  'GET /api/facilities/:id/occupancy': VIEWER_PERSON,
  'GET /api/transfers/:id/findings': VIEWER_PERSON,
  'GET /api/findings': VIEWER_PERSON,
  // Computed across the registry on each request, with birth dates to the day: editors only.
  'GET /api/conflicts': EDITOR_PERSON,
  'GET /api/search/persons': VIEWER_PERSON,
  'GET /api/matches': VIEWER_PERSON,
  'GET /api/matches/:id': VIEWER_PERSON,
  'POST /api/matches/:id/accept': EDITOR_PERSON,
  'POST /api/matches/:id/reject': EDITOR_PERSON,
  'POST /api/persons/:id/merge': EDITOR_PERSON,
  'POST /api/persons/:id/split': EDITOR_PERSON,
  // Stateless evaluation of case bundles the caller sends: nothing is read from the registry.
  'POST /api/evaluate': {
    least: 'public',
    personData: 'none',
    publicLimits: { bodyBytes: 256 * 1024, perMinute: 20 },
  },
  // Imports: their reports quote raw cells of the files.
  'POST /api/imports': EDITOR,
  'GET /api/imports': { least: 'editor', personData: 'importReport' },
  'GET /api/imports/:id': { least: 'editor', personData: 'importReport' },
  'GET /api/imports/:id/report': { least: 'editor', personData: 'importReport' },
  'GET /api/import-profiles': PUBLIC,
  // The family locator: anyone may ask (limited, audited); editors read the requests and their matches.
  'POST /api/locate': {
    least: 'public',
    personData: 'none',
    publicLimits: { bodyBytes: 4096, perMinute: 5 },
  },
  'GET /api/locate-requests': EDITOR_PERSON,
  // Signing in and out, and one's own account.
  'POST /api/session': { ...PUBLIC, csrfExempt: true },
  'GET /api/session': { least: 'public', personData: 'account', duringEnrolment: true },
  'DELETE /api/session': SELF_DURING_ENROLMENT,
  'POST /api/session/password': SELF_DURING_ENROLMENT,
  'POST /api/session/second-factor': SELF_DURING_ENROLMENT,
  'POST /api/session/second-factor/confirm': SELF_DURING_ENROLMENT,
  'DELETE /api/session/second-factor': SELF,
  'GET /api/tokens': SELF,
  'POST /api/tokens': SELF,
  'DELETE /api/tokens/:id': SELF,
  // Administration.
  'GET /api/users': ADMIN_ACCOUNTS,
  'POST /api/users': ADMIN_ACCOUNTS,
  'PATCH /api/users/:id': ADMIN_ACCOUNTS,
  'POST /api/users/:id/password': ADMIN_ACCOUNTS,
  'DELETE /api/users/:id/second-factor': ADMIN_ACCOUNTS,
  'GET /api/users/:id/sessions': ADMIN_ACCOUNTS,
  'DELETE /api/users/:id/sessions': ADMIN_ACCOUNTS,
  'GET /api/audit': { least: 'admin', personData: 'person' },
};

/** The policy of a registered route, or undefined when the table has none (the API then refuses to start). */
export function policyOf(method: string, url: string): RoutePolicy | undefined {
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  return Object.hasOwn(ROUTE_POLICIES, key) ? ROUTE_POLICIES[key] : undefined;
}
