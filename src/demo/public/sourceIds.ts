import type { RawEntity } from '../types.js';

/** Ids of the public sources, so that facts cite them by name and a typo fails to compile. */
export const SRC = {
  stateRubioBukele: 'src_state_2025_02_03_rubio_bukele',
  apSlvOffer: 'src_ap_2025_02_04_slv_offer',
  reutersSlvOffer: 'src_reuters_2025_02_04_slv_offer',
  apCecotTerms: 'src_ap_2025_03_16_cecot',
  goesCecot: 'src_goes_2023_cecot',
  hrwCecot: 'src_hrw_2025_cecot_conditions',
  bukeleFlights: 'src_bukele_2025_03_16_flights',
  whiteHouseFlights: 'src_whitehouse_2025_03_16_flights',
  jggFilings: 'src_jgg_2025_03_filings',
  whiteHouseBukeleVisit: 'src_whitehouse_2025_04_14_bukele',
  stateExchange: 'src_state_2025_07_18_exchange',
  reutersExchange: 'src_reuters_2025_07_18_exchange',
  proPublica238: 'src_propublica_2025_cecot_238',
  bloomberg238: 'src_bloomberg_2025_cecot_238',
  apPanama: 'src_ap_2025_02_panama',
  reutersPanama: 'src_reuters_2025_02_panama',
  apCostaRica: 'src_ap_2025_02_costa_rica',
  salaConstitucional: 'src_cri_sala_2025_06_24',
  stateGuatemala: 'src_state_2025_02_05_guatemala',
  kosovo: 'src_gov_xkx_2025_06',
  apSouthSudan: 'src_ap_2025_05_south_sudan',
  dvdRecords: 'src_dvd_2025_court_records',
  apEswatini: 'src_ap_2025_07_eswatini',
  apEswatiniSecondGroup: 'src_ap_2025_10_eswatini_second_group',
  reutersEswatini: 'src_reuters_2025_eswatini_terms',
  rwanda: 'src_gov_rwa_2025_08',
  reutersRwanda: 'src_reuters_2025_08_rwanda',
  uganda: 'src_gov_uga_2025_08',
  apGhana: 'src_ap_2025_09_ghana',
  ghana: 'src_gov_gha_2025_09',
  cbsHonduras: 'src_cbs_2025_honduras',
  dhsAca: 'src_dhs_2019_07_26_aca',
  hrwAca: 'src_hrw_aca_guatemala',
  ukRwandaAnnounced: 'src_ukgov_2022_04_14_rwanda',
  ukRwandaFirstFlight: 'src_ukgov_2022_06_14_rwanda_flight',
  ukSupremeCourtAaa: 'src_uksc_2023_11_15_aaa',
  ukRwandaTreaty: 'src_ukgov_2023_12_05_rwanda_treaty',
  ukSafetyOfRwandaAct: 'src_ukgov_2024_04_25_safety_act',
  ukRwandaEnded: 'src_ukgov_2024_07_rwanda_ended',
  italyProtocol: 'src_gov_ita_2023_11_06_albania',
  italyFirstTransfer: 'src_gov_ita_2024_10_16_albania',
  italyReturnDetention: 'src_gov_ita_2025_04_albania',
  cjeuAlbania: 'src_cjeu_2025_08_01_c758_24',
  australiaNauru: 'src_gov_aus_nauru',
  australiaNauruMou: 'src_gov_aus_2021_09_24_nauru_mou',
  iceFacilities: 'src_ice_2025_detention_facilities',
} as const;

type Kind = RawEntity<'source'>['data']['kind'];
/** A public, non-fictional source; official records and statements are graded A, news and NGO reports B. */
export function publicSource(id: string, kind: Kind, publisher: string, title: string, publishedOn?: string) {
  const reliability = kind === 'news_report' || kind === 'ngo_report' ? 'B' : 'A';
  const data: RawEntity<'source'>['data'] = {
    kind,
    publisher,
    title,
    reliability,
    sensitivity: 'public',
    fictional: false,
  };
  if (publishedOn) data.publishedOn = publishedOn;
  return { id, data } satisfies RawEntity<'source'>;
}
