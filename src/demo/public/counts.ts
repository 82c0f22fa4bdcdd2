import type { RawEntity } from '../types.js';
import { AGR } from './agreementsUs.js';
import { FAC } from './facilities.js';
import { MOV } from './movements.js';
import { SRC } from './sourceIds.js';

type CountData = RawEntity<'reportedCount'>['data'];

function count(id: string, data: CountData): RawEntity<'reportedCount'> {
  return { id, data };
}

/** Ids of the counts other counts relate to (a breakdown of, the same persons as). */
export const CNT = {
  venezuelans238: 'cnt_2025_03_16_ven_238',
  salvadorans23: 'cnt_2025_03_16_slv_23',
  aea137: 'cnt_2025_03_15_aea_137',
  convicted32: 'cnt_2025_cecot_238_convicted_32',
  violent6: 'cnt_2025_cecot_238_violent_6',
  immigration130: 'cnt_2025_cecot_238_immigration_130',
  costaRica200: 'cnt_2025_02_20_costa_rica_200',
  costaRicaChildren81: 'cnt_2025_02_20_costa_rica_children_81',
  djibouti8: 'cnt_2025_05_20_djibouti_8',
  southSudan8: 'cnt_2025_07_04_south_sudan_8',
  eswatini5: 'cnt_2025_07_15_eswatini_5',
  eswatiniSecondGroup: 'cnt_2025_10_eswatini_second_group',
  ghana14: 'cnt_2025_09_05_ghana_14',
  ghanaOnwardNigeria: 'cnt_2025_ghana_onward_nigeria',
  ghanaOnwardGambia: 'cnt_2025_ghana_onward_gambia',
} as const;

/** The March 2025 flights to CECOT as a whole: the reports give no per-flight figures. */
const march = { fromCountry: 'USA', toCountry: 'SLV', dateFrom: '2025-03-15', dateTo: '2025-03-16' } as const;
const toCecot = { ...march, agreementId: AGR.usSlv, facilityId: FAC.cecot };

function elSalvadorCounts(): Array<RawEntity<'reportedCount'>> {
  const flights = [SRC.bukeleFlights, SRC.whiteHouseFlights];
  const review = [SRC.proPublica238];
  return [
    count(CNT.venezuelans238, {
      ...toCecot,
      count: 238,
      nationalities: ['VEN'],
      group: 'Venezuelans (alleged Tren de Aragua members)',
      sourceIds: flights,
      // A share is not a count: kept in words rather than turned into a number the source did not give.
      note: `Bloomberg reported that about 90% had no US criminal record (${SRC.bloomberg238}).`,
    }),
    count(CNT.salvadorans23, {
      ...toCecot,
      count: 23,
      nationalities: ['SLV'],
      group: 'Salvadorans (alleged MS-13 members)',
      sourceIds: flights,
    }),
    // Breakdowns of the 238 (by basis, by criminal record): never added to them.
    count(CNT.aea137, {
      ...toCecot,
      count: 137,
      nationalities: ['VEN'],
      basis: 'AEA',
      group: 'Venezuelans removed under the Alien Enemies Act',
      partOf: CNT.venezuelans238,
      sourceIds: [SRC.jggFilings],
    }),
    count(CNT.convicted32, {
      ...toCecot,
      count: 32,
      nationalities: ['VEN'],
      group: 'of the 238 Venezuelans: with US criminal convictions',
      partOf: CNT.venezuelans238,
      sourceIds: review,
    }),
    count(CNT.violent6, {
      ...toCecot,
      count: 6,
      nationalities: ['VEN'],
      group: 'of the 238 Venezuelans: with US convictions for violent crimes',
      // Of the 32 convicted, so of the 238 through them.
      partOf: CNT.convicted32,
      sourceIds: review,
    }),
    count(CNT.immigration130, {
      ...toCecot,
      count: 130,
      nationalities: ['VEN'],
      group: 'of the 238 Venezuelans: listed only as immigration violators',
      partOf: CNT.venezuelans238,
      sourceIds: review,
    }),
    count('cnt_2025_07_18_exchange_252', {
      count: 252,
      fromCountry: 'SLV',
      toCountry: 'VEN',
      dateFrom: '2025-07-18',
      movementId: MOV.exchange,
      nationalities: ['VEN'],
      group: 'Venezuelans held in CECOT',
      description: 'Sent to Venezuela in an exchange for ten US citizens and residents held in Venezuela.',
      // Many were among the 238 of March, but the sources do not say how many, nor that all were (252 > 238):
      // not the same persons as that count, so a figure over both counts some people twice.
      note: `Not related to ${CNT.venezuelans238}: the overlap with the 238 of March is not reported.`,
      sourceIds: [SRC.stateExchange, SRC.reutersExchange],
    }),
  ];
}

function otherUsCounts(): Array<RawEntity<'reportedCount'>> {
  const southSudan = ['CUB', 'LAO', 'MEX', 'MMR', 'SSD', 'VNM'];
  return [
    count('cnt_2025_02_12_panama_300', {
      count: 300,
      qualifier: 'about',
      fromCountry: 'USA',
      toCountry: 'PAN',
      dateFrom: '2025-02-12',
      agreementId: AGR.usPan,
      group: 'mostly from Asian countries',
      sourceIds: [SRC.apPanama, SRC.reutersPanama],
    }),
    count(CNT.costaRica200, {
      count: 200,
      qualifier: 'about',
      fromCountry: 'USA',
      toCountry: 'CRI',
      dateFrom: '2025-02-20',
      agreementId: AGR.usCri,
      facilityId: FAC.catem,
      group: 'mostly from Central Asia, including 81 children',
      sourceIds: [SRC.apCostaRica],
    }),
    count(CNT.costaRicaChildren81, {
      count: 81,
      fromCountry: 'USA',
      toCountry: 'CRI',
      dateFrom: '2025-02-20',
      agreementId: AGR.usCri,
      facilityId: FAC.catem,
      group: 'children',
      partOf: CNT.costaRica200,
      sourceIds: [SRC.apCostaRica],
    }),
    count(CNT.djibouti8, {
      count: 8,
      fromCountry: 'USA',
      toCountry: 'DJI',
      dateFrom: '2025-05-20',
      movementId: MOV.djibouti,
      agreementId: AGR.usSsd,
      facilityId: FAC.campLemonnier,
      nationalities: southSudan,
      group: 'eight men, bound for South Sudan',
      sourceIds: [SRC.apSouthSudan, SRC.dvdRecords],
    }),
    count(CNT.southSudan8, {
      count: 8,
      fromCountry: 'USA',
      toCountry: 'SSD',
      dateFrom: '2025-07-04',
      dateTo: '2025-07-05',
      movementId: MOV.southSudan,
      agreementId: AGR.usSsd,
      nationalities: southSudan,
      group: 'the eight men held in Djibouti',
      // The same eight men, moved on: 8 persons, not 16.
      samePersonsAs: CNT.djibouti8,
      sourceIds: [SRC.apSouthSudan],
    }),
    ...africaCounts(),
  ];
}

function africaCounts(): Array<RawEntity<'reportedCount'>> {
  return [
    count(CNT.eswatini5, {
      count: 5,
      fromCountry: 'USA',
      toCountry: 'SWZ',
      dateFrom: '2025-07-15',
      movementId: MOV.eswatini,
      agreementId: AGR.usSwz,
      facilityId: FAC.eswatiniPrison,
      nationalities: ['CUB', 'JAM', 'LAO', 'VNM', 'YEM'],
      group: 'five men',
      sourceIds: [SRC.apEswatini],
    }),
    // Reported without a number: an event all the same, of unknown size.
    count(CNT.eswatiniSecondGroup, {
      count: null,
      fromCountry: 'USA',
      toCountry: 'SWZ',
      dateFrom: '2025-10',
      agreementId: AGR.usSwz,
      group: 'a second group of deportees',
      sourceIds: [SRC.apEswatiniSecondGroup],
    }),
    count('cnt_2025_08_rwanda_7', {
      count: 7,
      fromCountry: 'USA',
      toCountry: 'RWA',
      dateFrom: '2025-08',
      agreementId: AGR.usRwa,
      group: 'first seven deportees',
      sourceIds: [SRC.reutersRwanda],
    }),
    count(CNT.ghana14, {
      count: 14,
      fromCountry: 'USA',
      toCountry: 'GHA',
      dateFrom: '2025-09-05',
      movementId: MOV.ghana,
      agreementId: AGR.usGha,
      group: 'West African nationals',
      description: 'Some were then sent on to Nigeria and the Gambia.',
      sourceIds: [SRC.apGhana, SRC.ghana],
    }),
    ...ghanaOnward(),
  ];
}

/**
 * Some of the 14 were sent on from Ghana, how many and when not reported: events of unknown size, of persons
 * already counted among the 14 (dated by the year only: the sources give no month).
 */
function ghanaOnward(): Array<RawEntity<'reportedCount'>> {
  const onward = (id: string, toCountry: string, group: string) =>
    count(id, {
      count: null,
      fromCountry: 'GHA',
      toCountry,
      dateFrom: '2025',
      group,
      samePersonsAs: CNT.ghana14,
      sourceIds: [SRC.apGhana, SRC.ghana],
    });
  return [
    onward(CNT.ghanaOnwardNigeria, 'NGA', 'some of the 14, sent on to Nigeria'),
    onward(CNT.ghanaOnwardGambia, 'GMB', 'some of the 14, sent on to the Gambia'),
  ];
}

function earlierSchemeCounts(): Array<RawEntity<'reportedCount'>> {
  return [
    count('cnt_2019_aca_guatemala_945', {
      count: 945,
      qualifier: 'about',
      fromCountry: 'USA',
      toCountry: 'GTM',
      dateFrom: '2019-11',
      dateTo: '2021-02',
      agreementId: AGR.usGtmAca,
      group: 'asylum seekers transferred under the Asylum Cooperative Agreement',
      sourceIds: [SRC.hrwAca],
    }),
    count('cnt_2024_10_16_albania_16', {
      count: 16,
      fromCountry: 'ITA',
      toCountry: 'ALB',
      dateFrom: '2024-10-16',
      movementId: MOV.albania,
      agreementId: AGR.itaAlb,
      facilityId: FAC.shengjin,
      nationalities: ['BGD', 'EGY'],
      group: '16 men from Bangladesh and Egypt',
      basis: 'IT_ALB_PROTOCOL',
      sourceIds: [SRC.italyFirstTransfer],
    }),
  ];
}

/** The reported counts of PUBLIC-FACTS.md: aggregates, never turned into persons. */
export function publicCounts(): Array<RawEntity<'reportedCount'>> {
  return [...elSalvadorCounts(), ...otherUsCounts(), ...earlierSchemeCounts()];
}
