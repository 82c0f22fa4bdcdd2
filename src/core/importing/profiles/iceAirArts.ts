import type { CountryCode } from '../../values/country.js';
import type { Row } from '../row.js';
import type { ColumnSpec, ImportProfile } from '../types.js';
import { readCitizenship } from './shared.js';

/** An airport code as ARTS writes it: IATA (3 letters) or ICAO (4), upper case. */
const AIRPORT_CODE = /^[A-Z]{3,4}$/;

function plain(...names: string[]): ColumnSpec[] {
  return names.map((name) => ({ name }));
}

/** One end of a leg: the airport's name (or code), its code when it is one, and its country. */
interface Place {
  place: string;
  airport?: string | undefined;
  country: CountryCode;
}

/**
 * ICE Air ARTS passenger records (FOIA; University of Washington Center for Human Rights data dictionary): one
 * row per passenger per mission. A mission's leg (pick-up to drop-off airport) is a movement, since a mission
 * can call at several airports and a movement has one departure and one arrival; each row is a transfer on it,
 * a removal (`R-T` = R, under INA 241) or a transfer inside the United States (T). A passenger struck from the
 * list was not moved: the transfer is `halted`. `GangMember` becomes an allegation, never a conviction.
 */
export const iceAirArts: ImportProfile = {
  name: 'ice-air-arts',
  title: 'ICE Air ARTS passenger records (FOIA)',
  description:
    'One row per passenger per mission: flights (by leg), transfers, person records, gang allegations.',
  source: {
    kind: 'foia_release',
    publisher: 'U.S. Immigration and Customs Enforcement, ICE Air Operations (via FOIA)',
    reliability: 'B',
  },
  trusted: true,
  produces: ['personRecord', 'movement', 'transfer', 'allegation'],
  columns: [
    ...plain('Status', 'Sex', 'Convictions', 'GangMember', 'ClassLvl', 'Age'),
    { name: 'MissionDate', required: true, dateOrder: 'mdy' },
    ...plain('MissionNumber', 'PULOC', 'DropLoc', 'StrikeFromList', 'ReasonStruck'),
    { name: 'R-T', aliases: ['Removal_Transfer'] },
    ...plain('Code', 'CountryOfCitizenship', 'Juvenile', 'MissionWeek', 'MissionQuarter', 'MissionYear'),
    ...plain('MissionMonth', 'Criminality', 'FamilyUnitFlag', 'UnaccompaniedFlag'),
    { name: 'AlienMasterID', required: true },
    ...plain('MissionID', 'air_AirportID', 'air_AirportName', 'air_City', 'st_StateID', 'st_StateAbbr'),
    ...plain('AOR_AORID', 'AOR_AOR', 'AOR_AORName', 'air_Country'),
    ...plain('air2_AirportID', 'air2_AirportName', 'air2_City', 'st2_StateID', 'st2_StateAbbr'),
    ...plain('aor2_AORID', 'aor2_AOR', 'aor2_AORName', 'air2_Country'),
  ],
  map(row, emit) {
    const alien = row.text('AlienMasterID');
    if (alien === undefined) row.error('AlienMasterID', 'every row needs the identifier of its passenger');
    const date = row.date('MissionDate');
    if (row.text('MissionDate') === undefined) row.error('MissionDate', 'every row needs its mission date');
    const missionId = row.text('MissionID');
    const missionNumber = row.text('MissionNumber');
    if (missionId === undefined && missionNumber === undefined) {
      row.error('MissionID', 'a row needs MissionID or MissionNumber to say which mission it is on');
    }
    const from = place(row, 'PULOC', 'air_AirportName', 'air_Country');
    const to = place(row, 'DropLoc', 'air2_AirportName', 'air2_Country');
    const legalBasis = basis(row);
    if (!alien || !date || !from || !to || !legalBasis || row.hasErrors) return;
    const mission = missionId ?? `${missionNumber}|${date}`;
    const person = `person:${alien}`;
    const leg = `mission:${mission}|${from.airport ?? from.place}>${to.airport ?? to.place}`;
    emit(personRecord(row, alien));
    emit({
      kind: 'movement',
      key: leg,
      data: {
        kind: 'flight',
        date,
        departure: from,
        arrival: to,
        note: missionNumber && `ICE Air mission ${missionNumber}`,
      },
    });
    const struck = row.yesNo('StrikeFromList') === true;
    const reason = row.text('ReasonStruck');
    emit({
      kind: 'transfer',
      key: `transfer:${alien}|${mission}`,
      person,
      references: [{ field: 'movementId', kind: 'movement', key: leg }],
      data: {
        legalBasis,
        fromCountry: from.country,
        toCountry: to.country,
        date,
        status: struck ? 'halted' : 'completed',
        note: struck ? `Struck from the passenger list${reason ? `: ${reason}` : ''}` : undefined,
      },
    });
    if (row.yesNo('GangMember') === true) emit(gangAllegation(alien, person));
  },
};

function personRecord(row: Row, alien: string) {
  const citizenship = readCitizenship(row, 'CountryOfCitizenship');
  return {
    kind: 'personRecord' as const,
    key: `person:${alien}`,
    data: {
      sourceRecordId: alien,
      identifiers: [{ kind: 'source_key', value: alien }],
      sex: row.sex('Sex'),
      nationalities: citizenship.nationalities,
      unaccompaniedChild: row.yesNo('UnaccompaniedFlag'),
      withheld: row.withheld({ Sex: 'sex', CountryOfCitizenship: 'nationalities' }),
      note: citizenship.note,
    },
  };
}

/** The passenger list's gang flag: the government's word, an accusation and nothing more. */
function gangAllegation(alien: string, person: string) {
  return {
    kind: 'allegation' as const,
    key: `allegation:gang:${alien}`,
    person,
    data: {
      kind: 'allegation',
      category: 'gang_membership',
      description: 'Flagged as a gang member (GangMember) on an ICE Air passenger list',
      basis: 'government_statement',
      status: 'alleged',
    },
  };
}

/** An airport from its code column and its name and country columns; an error when it cannot be placed. */
function place(row: Row, codeColumn: string, nameColumn: string, countryColumn: string): Place | undefined {
  const code = row.text(codeColumn);
  const name = row.text(nameColumn);
  const where = name ?? code;
  if (where === undefined) row.error(codeColumn, `neither ${codeColumn} nor ${nameColumn} says where`);
  if (row.text(countryColumn) === undefined) {
    const why = row.isWithheld(countryColumn) ? 'withheld' : 'missing';
    row.error(countryColumn, `the country of ${where ?? codeColumn} is ${why}`);
    return undefined;
  }
  const country = row.country(countryColumn);
  if (where === undefined || country === undefined) return undefined;
  return { place: where, airport: code !== undefined && AIRPORT_CODE.test(code) ? code : undefined, country };
}

/** `R` is a removal (INA 241), `T` a transfer between places in the United States. */
function basis(row: Row): 'INA241' | 'OTHER' | undefined {
  const text = row.text('R-T')?.toUpperCase();
  if (text === 'R' || text === 'REMOVAL') return 'INA241';
  if (text === 'T' || text === 'TRANSFER') return 'OTHER';
  row.error('R-T', text === undefined ? 'R-T is empty: removal or transfer?' : `${text}: expected R or T`);
  return undefined;
}
