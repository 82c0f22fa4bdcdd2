import { earlierAgreements } from './public/agreementsEarlier.js';
import { usAgreements } from './public/agreementsUs.js';
import { publicCounts } from './public/counts.js';
import { publicFacilities } from './public/facilities.js';
import { publicMovements } from './public/movements.js';
import { earlierSchemeSources } from './public/sourcesElsewhere.js';
import { usSources } from './public/sourcesUs.js';
import type { RawDemo } from './types.js';

export { AGR } from './public/agreementsUs.js';
export { FAC } from './public/facilities.js';
export { MOV } from './public/movements.js';
export { SRC } from './public/sourceIds.js';

/**
 * The public facts of shared/data/PUBLIC-FACTS.md: agreements, facilities, movements and reported counts, each
 * citing the public sources that reported it. No person is made from them.
 */
export function publicFacts(): Pick<
  RawDemo,
  'source' | 'agreement' | 'facility' | 'movement' | 'reportedCount'
> {
  return {
    source: [...usSources(), ...earlierSchemeSources()],
    facility: publicFacilities(),
    agreement: [...usAgreements(), ...earlierAgreements()],
    movement: publicMovements(),
    reportedCount: publicCounts(),
  };
}
