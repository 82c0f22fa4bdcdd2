import type { RawEntity } from '../types.js';
import { FAC } from './facilities.js';
import { SRC } from './sourceIds.js';

/** Ids of the public movements. */
export const MOV = {
  cecotFlight1: 'mov_2025_03_15_flight1',
  cecotFlight2: 'mov_2025_03_15_flight2',
  cecotFlight3: 'mov_2025_03_15_flight3',
  exchange: 'mov_2025_07_18_exchange',
  panama: 'mov_2025_02_12_panama',
  costaRica: 'mov_2025_02_20_costa_rica',
  djibouti: 'mov_2025_05_20_djibouti',
  southSudan: 'mov_2025_07_04_south_sudan',
  eswatini: 'mov_2025_07_15_eswatini',
  ghana: 'mov_2025_09_05_ghana',
  albania: 'mov_2024_10_16_albania',
} as const;

type Place = RawEntity<'movement'>['data']['departure'];

const harlingen: Place = {
  place: 'Harlingen, Texas (Valley International Airport)',
  airport: 'HRL',
  country: 'USA',
};
const sanSalvador: Place = {
  place: 'San Salvador (El Salvador International Airport)',
  airport: 'SAL',
  country: 'SLV',
};
const unitedStates: Place = { place: 'United States (departure airport not reported)', country: 'USA' };

function flight(
  id: string,
  date: string,
  departure: Place,
  arrival: Place,
  sourceIds: string[],
  note?: string,
) {
  const data: RawEntity<'movement'>['data'] = { kind: 'flight', date, departure, arrival, sourceIds };
  if (note) data.note = note;
  return { id, data } satisfies RawEntity<'movement'>;
}

/** The three flights of 15–16 March 2025 to El Salvador: reported as three, from Texas, without per-flight counts. */
function cecotFlights(): Array<RawEntity<'movement'>> {
  const sources = [SRC.bukeleFlights, SRC.whiteHouseFlights, SRC.jggFilings];
  const note = 'One of three flights of 15–16 March 2025; departure times are not recorded here.';
  return [MOV.cecotFlight1, MOV.cecotFlight2, MOV.cecotFlight3].map((id) =>
    flight(id, '2025-03-15', { ...harlingen, date: '2025-03-15' }, sanSalvador, sources, note),
  );
}

function otherFlights(): Array<RawEntity<'movement'>> {
  return [
    flight(
      MOV.exchange,
      '2025-07-18',
      sanSalvador,
      { place: 'Caracas (Simón Bolívar International Airport)', airport: 'CCS', country: 'VEN' },
      [SRC.stateExchange, SRC.reutersExchange],
      '252 Venezuelans held in CECOT sent to Venezuela in an exchange.',
    ),
    flight(MOV.panama, '2025-02-12', unitedStates, { place: 'Panama City', country: 'PAN' }, [SRC.apPanama]),
    flight(MOV.costaRica, '2025-02-20', unitedStates, { place: 'San José', country: 'CRI' }, [
      SRC.apCostaRica,
    ]),
    flight(
      MOV.djibouti,
      '2025-05-20',
      unitedStates,
      { place: 'Djibouti (Camp Lemonnier)', country: 'DJI', facilityId: FAC.campLemonnier },
      [SRC.apSouthSudan, SRC.dvdRecords],
      'Bound for South Sudan; held in Djibouti during litigation.',
    ),
    flight(
      MOV.southSudan,
      '2025-07-04',
      { place: 'Djibouti (Camp Lemonnier)', country: 'DJI', facilityId: FAC.campLemonnier },
      { place: 'Juba', country: 'SSD' },
      [SRC.apSouthSudan],
      'Reported as 2025-07-04/05.',
    ),
    flight(MOV.eswatini, '2025-07-15', unitedStates, { place: 'Eswatini', country: 'SWZ' }, [SRC.apEswatini]),
    flight(MOV.ghana, '2025-09-05', unitedStates, { place: 'Accra', country: 'GHA' }, [
      SRC.apGhana,
      SRC.ghana,
    ]),
  ];
}

function albaniaTransfer(): RawEntity<'movement'> {
  return {
    id: MOV.albania,
    data: {
      kind: 'ship',
      date: '2024-10-16',
      departure: { place: 'Central Mediterranean (Italian custody at sea)', country: 'ITA' },
      arrival: { place: 'Shëngjin', country: 'ALB', date: '2024-10-16', facilityId: FAC.shengjin },
      sourceIds: [SRC.italyFirstTransfer],
    },
  };
}

/** Movements named in PUBLIC-FACTS.md. */
export function publicMovements(): Array<RawEntity<'movement'>> {
  return [...cecotFlights(), ...otherFlights(), albaniaTransfer()];
}
