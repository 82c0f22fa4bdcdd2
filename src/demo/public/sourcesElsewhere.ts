import type { RawEntity } from '../types.js';
import { publicSource as source, SRC } from './sourceIds.js';

const gov = 'government_statement';
const court = 'court_record';

/** The public sources for the earlier schemes, and the facility list the fictional cases use. */
export function earlierSchemeSources(): Array<RawEntity<'source'>> {
  return [
    source(
      SRC.dhsAca,
      gov,
      'US Department of Homeland Security',
      'Asylum Cooperative Agreement signed with Guatemala',
      '2019-07-26',
    ),
    source(
      SRC.hrwAca,
      'ngo_report',
      'Human Rights Watch',
      'Report on transfers of asylum seekers from the US to Guatemala under the Asylum Cooperative Agreement',
    ),
    source(
      SRC.ukRwandaAnnounced,
      gov,
      'UK Government',
      'Migration and Economic Development Partnership with Rwanda announced',
      '2022-04-14',
    ),
    source(
      SRC.ukRwandaFirstFlight,
      gov,
      'UK Government',
      'Statement on the first flight to Rwanda stopped by a European Court of Human Rights interim measure',
      '2022-06-14',
    ),
    source(
      SRC.ukSupremeCourtAaa,
      court,
      'UK Supreme Court',
      'R (AAA) v Secretary of State for the Home Department [2023] UKSC 42',
      '2023-11-15',
    ),
    source(
      SRC.ukRwandaTreaty,
      gov,
      'UK Government',
      'UK–Rwanda treaty on an asylum partnership signed',
      '2023-12-05',
    ),
    source(
      SRC.ukSafetyOfRwandaAct,
      gov,
      'UK Government',
      'Safety of Rwanda (Asylum and Immigration) Act 2024 receives royal assent',
      '2024-04-25',
    ),
    source(SRC.ukRwandaEnded, gov, 'UK Government', 'The Rwanda scheme is abandoned', '2024-07'),
    source(
      SRC.italyProtocol,
      gov,
      'Government of Italy',
      'Italy–Albania Protocol on migration signed',
      '2023-11-06',
    ),
    source(
      SRC.italyFirstTransfer,
      gov,
      'Government of Italy',
      'First transfer of migrants to the centres in Albania',
      '2024-10-16',
    ),
    source(
      SRC.italyReturnDetention,
      gov,
      'Government of Italy',
      'Centres in Albania used for return detention',
      '2025-04',
    ),
    source(
      SRC.cjeuAlbania,
      court,
      'Court of Justice of the European Union',
      'Judgment in Joined Cases C-758/24 and C-759/24 (safe countries of origin)',
      '2025-08-01',
    ),
    source(
      SRC.australiaNauru,
      gov,
      'Government of Australia',
      'Regional processing in Nauru (2001–2008, and from 2012)',
    ),
    source(
      SRC.australiaNauruMou,
      gov,
      'Government of Australia',
      'Memorandum of understanding with Nauru on regional processing',
      '2021-09-24',
    ),
    source(
      SRC.iceFacilities,
      'dataset',
      'U.S. Immigration and Customs Enforcement',
      'Detention facility list (facilities named in the fictional demo cases)',
      '2025',
    ),
  ];
}
