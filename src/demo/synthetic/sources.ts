import type { RawEntity } from '../types.js';

/** Ids of the fictional sources every synthetic fact cites. */
export const SYN = {
  generator: 'src_demo_fictional_cases',
  manifest: 'src_demo_ice_arts_manifest',
  ngo: 'src_demo_ngo_case_list',
  docket: 'src_demo_court_docket',
} as const;

const WARNING = 'Fictional demo records — not real people';

function fictional(id: string, title: string, note: string): RawEntity<'source'> {
  return {
    id,
    data: {
      kind: 'synthetic',
      publisher: 'Custodia demo data (fictional)',
      title: `${title} — ${WARNING}`,
      reliability: 'F',
      sensitivity: 'public',
      fictional: true,
      language: 'en',
      note: `${note} Generated from a fixed seed; any resemblance to a real person is coincidental.`,
    },
  };
}

/** The fictional sources: one for the scenarios as a whole, and three that play the parts of real record types. */
export function syntheticSources(): Array<RawEntity<'source'>> {
  return [
    fictional(SYN.generator, 'Custodia demo scenarios', 'Timelines built to exercise the rule catalogue.'),
    fictional(SYN.manifest, 'ICE ARTS manifest (fictional)', 'Plays the part of a flight manifest.'),
    fictional(SYN.ngo, 'NGO case list (fictional)', 'Plays the part of a legal-aid case list.'),
    fictional(SYN.docket, 'Court docket extract (fictional)', 'Plays the part of immigration court records.'),
  ];
}
