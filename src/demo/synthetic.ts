import { PersonFacts } from './synthetic/facts.js';
import { makeIdentity } from './synthetic/identity.js';
import { SCENARIOS } from './synthetic/plan.js';
import { createRandom } from './synthetic/random.js';
import { writePersonRecords } from './synthetic/records.js';
import { syntheticSources } from './synthetic/sources.js';
import { quarterHour } from './synthetic/time.js';
import { emptyRawDemo, type RawDemo } from './types.js';

export { SYN } from './synthetic/sources.js';

/** The seed of the demo: the date of the first flights to CECOT. Change it and every fictional person changes. */
export const DEMO_SEED = 20250315;

/**
 * The fictional persons of the demo: each with one to three records from fictional sources, and a timeline of
 * legal events, allegations, transfers and custody. Every person comes from its own generator, forked from the
 * seed by scenario and position, so adding a scenario leaves the others as they were. The 2025 cases are fixed;
 * the recent ones (planRecent.ts) are dated back from `anchor`, the seeding time, so that their legal clocks are
 * running: the same seed and anchor give the same persons, and another anchor moves only the recent cases' dates.
 */
export function syntheticFacts(seed: number = DEMO_SEED, anchor: Date = new Date()): RawDemo {
  if (Number.isNaN(anchor.getTime())) throw new RangeError('the demo anchor is not a valid date');
  // Down to the quarter hour, as records are written, and so that two anchors shift every recent fact alike.
  const anchorMs = quarterHour(anchor.getTime());
  const demo = emptyRawDemo();
  demo.source.push(...syntheticSources());
  const base = createRandom(seed);
  let serial = 0;
  for (const scenario of SCENARIOS) {
    for (let position = 0; position < scenario.count; position += 1) {
      serial += 1;
      const key = String(serial).padStart(4, '0');
      const rng = base.fork(`${scenario.name}:${position}`);
      const identity = makeIdentity(rng, scenario.profile);
      scenario.adjust?.(rng, identity, position);
      const facts = new PersonFacts(key, demo);
      writePersonRecords(rng, facts, identity, `2025-${key}`);
      scenario.build({ rng, facts, identity, anchor: anchorMs });
    }
  }
  return demo;
}
