import type { LegalEvent } from '../../entities/index.js';
import type { CountryCode } from '../../values/country.js';
import type { PartialDate } from '../../values/partialDate.js';
import type { Row } from '../row.js';
import type { FactDraft, ImportProfile } from '../types.js';
import { joinNote, readCitizenship } from './shared.js';

const US = 'USA';

type RemovalAuthority = Extract<LegalEvent, { type: 'removal_order' }>['authority'];

/**
 * The authority of a final order, from ICE's case category when the category names it (`[16] Reinstated Final
 * Order`, `[8F] Expedited Removal`, `[11] Administrative Deportation/Removal`). Categories that say only that an
 * order is final (`[3] Deportable - Administratively Final Order`) name no authority: undefined, and the profile
 * records no order rather than guess one.
 */
export function removalAuthority(category: string): RemovalAuthority | undefined {
  if (/reinstat/i.test(category)) return 'REINST241a5';
  if (/expedited/i.test(category)) return 'ER235b1';
  if (/\b238\b|administrative (?:deportation|removal|final order)/i.test(category)) return '238b';
  if (
    /(?:removal|deportation|exclusion) proceeding|final order of (?:removal|deportation|exclusion)/i.test(
      category,
    )
  ) {
    return 'INA240';
  }
  return undefined;
}

/** Apprehension methods that leave the person free: no custody begins. */
const NON_CUSTODIAL = /non[- ]?custodial/i;

/**
 * ICE apprehensions and removals, as the Deportation Data Project publishes the FOIA releases (one row per
 * apprehension, or per removal). Each row gives the person record (by the release identifier, which links rows
 * of one release only), a `detained` custody event at a custodial apprehension, the removal order when the row
 * has a final order whose case category names its authority, and the removal itself as a transfer from the
 * United States when the row has a departure date. Dates are US month-first; times are dropped.
 */
export const iceEnforcement: ImportProfile = {
  name: 'ice-enforcement',
  title: 'ICE apprehensions and removals (FOIA release)',
  description:
    'One row per apprehension or removal: person records, custody at apprehension, removal orders and removals.',
  source: {
    kind: 'foia_release',
    publisher: 'U.S. Immigration and Customs Enforcement (via FOIA)',
    reliability: 'B',
  },
  trusted: true,
  produces: ['personRecord', 'custodyEvent', 'legalEvent', 'transfer'],
  columns: [
    { name: 'Apprehension_Date', dateOrder: 'mdy' },
    { name: 'Apprehension_State' },
    { name: 'Apprehension_County' },
    { name: 'Apprehension_AOR' },
    { name: 'Final_Program' },
    { name: 'Final_Program_Group' },
    { name: 'Apprehension_Method' },
    { name: 'Apprehension_Criminality' },
    { name: 'Case_Status' },
    { name: 'Case_Category' },
    { name: 'Departed_Date', dateOrder: 'mdy' },
    { name: 'Departure_Country' },
    { name: 'Final_Order_Yes_No' },
    { name: 'Final_Order_Date', dateOrder: 'mdy' },
    { name: 'Birth_Date', dateOrder: 'mdy' },
    { name: 'Birth_Year' },
    { name: 'Citizenship_Country', aliases: ['Country_of_Citizenship'] },
    { name: 'Gender', aliases: ['Sex'] },
    { name: 'Apprehension_Site_Landmark' },
    { name: 'Alien_File_Number', aliases: ['A_Number'] },
    { name: 'EID_Case_ID' },
    { name: 'EID_Subject_ID' },
    {
      name: 'Unique_Identifier',
      aliases: ['Anonymized_Unique_Identifier', 'Anonymized_Identifier'],
      required: true,
    },
  ],
  map(row, emit) {
    const identifier = row.text('Unique_Identifier');
    if (identifier === undefined) {
      row.error('Unique_Identifier', 'every row needs the identifier of its person');
      return;
    }
    const person = `person:${identifier}`;
    emit(personRecord(row, identifier));
    const apprehension = apprehensionEvent(row, identifier);
    if (apprehension) emit({ ...apprehension, person });
    const order = removalOrder(row, identifier);
    if (order) emit({ ...order, person });
    const removal = removalTransfer(row, identifier);
    if (removal) emit({ ...removal, person });
  },
};

function personRecord(row: Row, identifier: string): FactDraft {
  const birthDate = row.date('Birth_Date') ?? row.year('Birth_Year');
  const citizenship = readCitizenship(row, 'Citizenship_Country');
  const aNumber = row.text('Alien_File_Number');
  const subject = row.text('EID_Subject_ID');
  const withheld = new Set(
    row.withheld({
      Gender: 'sex',
      Citizenship_Country: 'nationalities',
      Alien_File_Number: 'identifiers.a_number',
      EID_Subject_ID: 'identifiers.eid_subject',
    }),
  );
  // A birth date counts as withheld only when redaction left it unknown: a year given beside a redacted day is
  // the value.
  if (birthDate === undefined && row.withheld({ Birth_Date: 'birthDate', Birth_Year: 'birthDate' })) {
    withheld.add('birthDate');
  }
  return {
    kind: 'personRecord',
    key: `person:${identifier}`,
    data: {
      sourceRecordId: identifier,
      identifiers: [
        { kind: 'source_key', value: identifier },
        ...(subject === undefined ? [] : [{ kind: 'eid_subject', value: subject }]),
        ...(aNumber === undefined ? [] : [{ kind: 'a_number', value: aNumber, country: US }]),
      ],
      birthDate,
      sex: row.sex('Gender'),
      nationalities: citizenship.nationalities,
      withheld: withheld.size > 0 ? [...withheld].sort() : undefined,
      note: citizenship.note,
    },
  };
}

/** `detained` at the apprehension, unless the arrest was non-custodial; where and how in the note. */
function apprehensionEvent(row: Row, identifier: string): Omit<FactDraft, 'person'> | undefined {
  const date = row.date('Apprehension_Date');
  const method = row.text('Apprehension_Method');
  if (date === undefined || (method !== undefined && NON_CUSTODIAL.test(method))) return undefined;
  const place = joinNote([row.text('Apprehension_County'), row.text('Apprehension_State')], ', ');
  const aor = row.text('Apprehension_AOR');
  const landmark = row.text('Apprehension_Site_Landmark');
  const site = row.isWithheld('Apprehension_Site_Landmark') ? 'site withheld' : landmark && `at ${landmark}`;
  return {
    kind: 'custodyEvent',
    key: `apprehension:${identifier}|${date}`,
    data: {
      type: 'detained',
      date,
      country: US,
      custodian: 'ICE',
      note: joinNote([
        place && `Apprehended in ${place}`,
        aor && `AOR ${aor}`,
        site,
        method && `method: ${method}`,
      ]),
    },
  };
}

/** The final order, when the row says there is one and its case category names the authority. */
function removalOrder(row: Row, identifier: string): Omit<FactDraft, 'person'> | undefined {
  const final = row.yesNo('Final_Order_Yes_No');
  const date = row.date('Final_Order_Date');
  const category = row.text('Case_Category');
  if (final !== true || category === undefined) return undefined;
  const authority = removalAuthority(category);
  if (authority === undefined) return undefined;
  if (date === undefined) {
    row.warn('Final_Order_Date', 'a final order without its date: no removal order is recorded');
    return undefined;
  }
  return {
    kind: 'legalEvent',
    key: `removal-order:${identifier}|${date}`,
    data: { type: 'removal_order', date, authority, note: `Case category: ${category}` },
  };
}

/** The removal, as a transfer from the United States to the departure country, when the row has departed. */
function removalTransfer(row: Row, identifier: string): Omit<FactDraft, 'person'> | undefined {
  const date: PartialDate | undefined = row.date('Departed_Date');
  if (date === undefined) return undefined;
  const toCountry = departureCountry(row);
  if (toCountry === undefined) return undefined;
  const status = row.text('Case_Status');
  return {
    kind: 'transfer',
    key: `removal:${identifier}|${date}`,
    data: {
      legalBasis: 'INA241',
      fromCountry: US,
      toCountry,
      date,
      status: 'completed',
      note: status && `Case status: ${status}`,
    },
  };
}

/**
 * The country a removal went to. Without one no transfer is recorded: a missing or withheld name is a warning, a
 * name the importer does not know is an error (the row waits for the name to be taught). A state that no longer
 * exists is kept as its ISO 3166-3 code, warned: ICE still counts removals to the Netherlands Antilles (FY2019).
 */
function departureCountry(row: Row): CountryCode | undefined {
  if (row.text('Departure_Country') === undefined) {
    const why = row.isWithheld('Departure_Country') ? 'withheld' : 'missing';
    row.warn('Departure_Country', `a departure whose country is ${why}: no transfer is recorded`);
    return undefined;
  }
  return row.country('Departure_Country');
}
