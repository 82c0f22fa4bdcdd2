import type { RawEntity } from '../types.js';
import { FAC } from './facilities.js';
import { SRC } from './sourceIds.js';

/** Ids of the agreements. */
export const AGR = {
  usSlv: 'agr_us_slv_2025',
  usPan: 'agr_us_pan_2025',
  usCri: 'agr_us_cri_2025',
  usGtm: 'agr_us_gtm_2025',
  usXkx: 'agr_us_xkx_2025',
  usSsd: 'agr_us_ssd_2025',
  usSwz: 'agr_us_swz_2025',
  usRwa: 'agr_us_rwa_2025',
  usUga: 'agr_us_uga_2025',
  usGha: 'agr_us_gha_2025',
  usHnd: 'agr_us_hnd_2025',
  usGtmAca: 'agr_us_gtm_aca_2019',
  ukRwa: 'agr_uk_rwa_2022',
  itaAlb: 'agr_ita_alb_2023',
  ausNru: 'agr_aus_nru',
} as const;

type AgreementData = RawEntity<'agreement'>['data'];
type Term = NonNullable<AgreementData['terms']>[number];
type Status = NonNullable<AgreementData['statusHistory']>[number]['status'];

export function status(status: Status, date: string, sourceIds: string[], note?: string) {
  return note ? { status, date, sourceIds, note } : { status, date, sourceIds };
}

const thirdCountryNationals = (sourceIds: string[]): Term => ({
  type: 'eligibility',
  accepts: ['third_country_nationals'],
  sourceIds,
});

/** A US third-country arrangement of 2025: most are known only from a start date and a report. */
function usThirdCountry(id: string, name: string, receivingCountry: string, rest: Partial<AgreementData>) {
  const sourceIds = rest.sourceIds ?? [];
  const data: AgreementData = {
    name,
    sendingCountry: 'USA',
    receivingCountry,
    kind: 'third_country_transfer',
    ...rest,
    terms: [thirdCountryNationals(sourceIds), ...(rest.terms ?? [])],
    sourceIds,
  };
  return { id, data } satisfies RawEntity<'agreement'>;
}

function usElSalvador(): RawEntity<'agreement'> {
  const terms = [SRC.apCecotTerms];
  return {
    id: AGR.usSlv,
    data: {
      name: 'United States – El Salvador arrangement to hold deportees at CECOT',
      sendingCountry: 'USA',
      receivingCountry: 'SLV',
      kind: 'prisoner_housing',
      statusHistory: [
        status('announced', '2025-02-03', [SRC.stateRubioBukele, SRC.apSlvOffer, SRC.reutersSlvOffer]),
        status(
          'in_force',
          '2025-03-15',
          [SRC.bukeleFlights, SRC.whiteHouseFlights],
          'first transfers to CECOT',
        ),
      ],
      terms: [
        {
          type: 'eligibility',
          accepts: ['any_nationality'],
          note: 'deportees of any nationality, including convicted criminals',
          sourceIds: [SRC.stateRubioBukele, SRC.apSlvOffer],
        },
        {
          type: 'payment',
          amount: 6_000_000,
          currency: 'USD',
          per: 'year',
          note: 'about US$6 million',
          sourceIds: terms,
        },
        { type: 'cap', persons: 300, period: 'one year', note: 'about 300 people', sourceIds: terms },
        {
          type: 'duration',
          months: 12,
          renewable: true,
          text: 'one year, with an option to renew',
          sourceIds: terms,
        },
        { type: 'facilities', facilityIds: [FAC.cecot], sourceIds: [SRC.apCecotTerms, SRC.bukeleFlights] },
      ],
      note: `President Bukele visited the White House on 2025-04-14 (${SRC.whiteHouseBukeleVisit}).`,
      sourceIds: [SRC.stateRubioBukele, SRC.apCecotTerms, SRC.whiteHouseBukeleVisit],
    },
  };
}

function usCentralAmerica(): Array<RawEntity<'agreement'>> {
  const panama = [SRC.apPanama, SRC.reutersPanama];
  return [
    usThirdCountry(AGR.usPan, 'United States – Panama transit of third-country deportees', 'PAN', {
      statusHistory: [status('in_force', '2025-02-12', panama, 'reported start of transfers')],
      terms: [{ type: 'facilities', facilityIds: [FAC.panamaHotel, FAC.darienCamp], sourceIds: panama }],
      sourceIds: panama,
    }),
    usThirdCountry(AGR.usCri, 'United States – Costa Rica transit of third-country deportees', 'CRI', {
      statusHistory: [status('in_force', '2025-02-20', [SRC.apCostaRica], 'reported start of transfers')],
      terms: [{ type: 'facilities', facilityIds: [FAC.catem], sourceIds: [SRC.apCostaRica] }],
      note: `The Constitutional Chamber ruled on the detentions at CATEM on 2025-06-24 (${SRC.salaConstitucional}).`,
      sourceIds: [SRC.apCostaRica, SRC.salaConstitucional],
    }),
    usThirdCountry(
      AGR.usGtm,
      'United States – Guatemala reception of deportees of other nationalities',
      'GTM',
      {
        statusHistory: [status('announced', '2025-02-05', [SRC.stateGuatemala])],
        note: 'Guatemala agreed to receive deportees of other nationalities before their return to their countries.',
        sourceIds: [SRC.stateGuatemala],
      },
    ),
    usThirdCountry(AGR.usHnd, 'United States – Honduras reception of third-country nationals', 'HND', {
      statusHistory: [status('announced', '2025', [SRC.cbsHonduras], 'reported agreement')],
      terms: [{ type: 'duration', months: 24, text: 'over two years', sourceIds: [SRC.cbsHonduras] }],
      sourceIds: [SRC.cbsHonduras],
    }),
  ];
}

function usAfricaAndEurope(): Array<RawEntity<'agreement'>> {
  const eswatini = [SRC.apEswatini, SRC.reutersEswatini];
  const rwanda = [SRC.rwanda, SRC.reutersRwanda];
  return [
    usThirdCountry(AGR.usXkx, 'United States – Kosovo temporary hosting of third-country nationals', 'XKX', {
      statusHistory: [status('announced', '2025-06', [SRC.kosovo])],
      terms: [{ type: 'cap', persons: 50, note: 'up to 50, temporarily', sourceIds: [SRC.kosovo] }],
      sourceIds: [SRC.kosovo],
    }),
    usThirdCountry(AGR.usSsd, 'United States – South Sudan reception of third-country deportees', 'SSD', {
      statusHistory: [
        status(
          'in_force',
          '2025-05-20',
          [SRC.apSouthSudan, SRC.dvdRecords],
          'eight men flown out, held in Djibouti',
        ),
      ],
      note: 'The eight men were sent on to South Sudan on 2025-07-04/05.',
      sourceIds: [SRC.apSouthSudan, SRC.dvdRecords],
    }),
    usThirdCountry(AGR.usSwz, 'United States – Eswatini reception of third-country deportees', 'SWZ', {
      statusHistory: [status('in_force', '2025-07-15', [SRC.apEswatini], 'first five men received')],
      terms: [
        { type: 'cap', persons: 160, note: 'up to 160 people', sourceIds: [SRC.reutersEswatini] },
        {
          type: 'payment',
          amount: 5_100_000,
          currency: 'USD',
          per: 'total',
          sourceIds: [SRC.reutersEswatini],
        },
        { type: 'facilities', facilityIds: [FAC.eswatiniPrison], sourceIds: [SRC.apEswatini] },
      ],
      note: 'A second group arrived in October 2025.',
      sourceIds: eswatini,
    }),
    usThirdCountry(AGR.usRwa, 'United States – Rwanda reception of deportees', 'RWA', {
      statusHistory: [
        status('announced', '2025-08', [SRC.rwanda]),
        status('in_force', '2025-08', [SRC.reutersRwanda], 'first seven arrived'),
      ],
      terms: [{ type: 'cap', persons: 250, note: 'up to 250', sourceIds: [SRC.rwanda] }],
      sourceIds: rwanda,
    }),
    usThirdCountry(AGR.usUga, 'United States – Uganda reception of third-country nationals', 'UGA', {
      statusHistory: [status('announced', '2025-08', [SRC.uganda])],
      terms: [
        {
          type: 'eligibility',
          accepts: ['no_criminal_history', 'no_unaccompanied_minors'],
          sourceIds: [SRC.uganda],
        },
      ],
      sourceIds: [SRC.uganda],
    }),
    usThirdCountry(AGR.usGha, 'United States – Ghana reception of West African nationals', 'GHA', {
      statusHistory: [status('in_force', '2025-09-05', [SRC.apGhana, SRC.ghana], '14 people received')],
      note: 'Some of those received were sent on to Nigeria and the Gambia.',
      sourceIds: [SRC.apGhana, SRC.ghana],
    }),
  ];
}

/** The United States' arrangements of 2025 from PUBLIC-FACTS.md. */
export function usAgreements(): Array<RawEntity<'agreement'>> {
  return [usElSalvador(), ...usCentralAmerica(), ...usAfricaAndEurope()];
}
