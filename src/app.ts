import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApi, type ApiOptions } from './api/server.js';
import type { Actor, Store } from './core/ports/store.js';
import type { UseCaseContext } from './core/usecases/context.js';
import { makeIdGenerator } from './core/values/ids.js';
import { CORE_PACK, CORE_PREDICATES } from './core/rules/core/pack.js';
import type { Rules } from './core/usecases/findings.js';
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

/** The actor for work started from the command line on this machine. */
export const CLI_ACTOR: Actor = { id: `cli:${process.env.USER ?? 'local'}`, role: 'admin' };
