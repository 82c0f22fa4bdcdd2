import type { IdGenerator } from '../values/ids.js';
import type { Actor, Store } from '../ports/store.js';

/** What a use case may use: the store, the id generator, and who is acting. */
export interface UseCaseContext {
  store: Store;
  newId: IdGenerator;
  actor: Actor;
}
