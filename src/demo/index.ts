import { publicFacts } from './publicFacts.js';
import { DEMO_SEED, syntheticFacts } from './synthetic.js';
import { appendRawDemo, emptyRawDemo, type DemoData } from './types.js';
import { checkDemoData, parseDemo } from './validate.js';

export type { DemoData } from './types.js';
export { DEMO_SEED } from './synthetic.js';

/**
 * The demo data set: the public facts about agreements (with their public sources) and the fictional persons
 * (with their fictional sources), each entity already parsed by its kind's schema into stored form. `anchor` is
 * the seeding time (default: now): a few recent fictional cases are dated back from it so that their legal clocks
 * are open; everything else is from 2025. The same anchor always gives the same data.
 */
export function buildDemoData(anchor: Date = new Date()): DemoData {
  return parseDemo(
    appendRawDemo(appendRawDemo(emptyRawDemo(), publicFacts()), syntheticFacts(DEMO_SEED, anchor)),
  );
}

/**
 * Checks the demo data (built fresh when none is given): every entity passes its kind's schema and every id it
 * references exists. Throws invalid_input naming each problem by kind, id and field.
 */
export function validateDemoData(data: DemoData = buildDemoData()): DemoData {
  checkDemoData(data);
  return data;
}
