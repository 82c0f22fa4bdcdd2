import type { ImportProfile } from '../types.js';
import { custodiaEntities } from './custodiaEntities.js';
import { frontexReturns } from './frontexReturns.js';
import { iceAirArts } from './iceAirArts.js';
import { iceDetentionStints } from './iceDetentionStints.js';
import { iceEnforcement } from './iceEnforcement.js';
import { removalTracker } from './removalTracker.js';

/** The built-in profiles, by name: one per layout of ../shared/data/FORMATS.md, and Custodia's own entities. */
export const BUILT_IN_PROFILES: ReadonlyMap<string, ImportProfile> = new Map(
  [iceDetentionStints, iceEnforcement, iceAirArts, frontexReturns, removalTracker, custodiaEntities].map(
    (profile) => [profile.name, profile],
  ),
);
