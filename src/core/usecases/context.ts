import type { IdGenerator } from '../values/ids.js';
import type { Actor, Store } from '../ports/store.js';
import type { Rules } from './findings.js';

/** What a use case may use: the store, ids, the clock, the rules in force, and who is acting. */
export interface UseCaseContext {
  store: Store;
  newId: IdGenerator;
  clock: () => Date;
  rules: Rules;
  actor: Actor;
}
