import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApi, type ApiOptions } from './api/server.js';
import type { Actor, Store } from './core/ports/store.js';
import type { UseCaseContext } from './core/usecases/context.js';
import { makeIdGenerator } from './core/values/ids.js';
import { CORE_PACK, CORE_PREDICATES } from './core/rules/core/pack.js';
import type { Rules } from './core/usecases/findings.js';
import { resolveCliActor } from './core/usecases/access/cliActor.js';
import { openStore, type StoreConfig } from './store/open.js';

/** The composition root: the one place where the store, the clock, ids and the API are wired together. */
export interface Application {
  store: Store;
  rules: Rules;
  context(actor: Actor): UseCaseContext;
  api(options?: ApiOptions): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export async function createApplication(
  storeConfig: StoreConfig,
  clock: () => Date = () => new Date(),
  rules: Rules = { pack: CORE_PACK, predicates: CORE_PREDICATES },
): Promise<Application> {
  const store = await openStore(storeConfig, clock);
  const newId = makeIdGenerator(
    () => clock().getTime(),
    (count) => randomBytes(count),
  );
  const context = (actor: Actor): UseCaseContext => ({ store, newId, clock, rules, actor });
  return {
    store,
    rules,
    context,
    api: (options) => buildApi({ store, context, clock, rules, version: VERSION }, options),
    close: () => store.close(),
  };
}

/** The local operator of the command line, who acts while no account exists (whoever can write the database). */
export const CLI_ACTOR: Actor = { id: `cli:${process.env.USER ?? 'local'}`, role: 'admin', via: 'cli' };

/**
 * Who a command that writes acts as: `--as EMAIL`, else the one admin, else (no account yet) the local operator.
 * Every change it makes is audited under that user.
 */
export function cliActor(application: Application, as: string | undefined): Promise<Actor> {
  return resolveCliActor(application.store, as, process.env.USER ?? 'local');
}
