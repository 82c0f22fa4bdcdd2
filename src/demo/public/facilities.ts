import type { RawEntity } from '../types.js';
import { SRC } from './sourceIds.js';

/** Ids of the facilities, public and those the fictional cases pass through. */
export const FAC = {
  cecot: 'fac_cecot',
  catem: 'fac_catem',
  panamaHotel: 'fac_panama_city_hotel',
  darienCamp: 'fac_darien_camp',
  campLemonnier: 'fac_camp_lemonnier',
  eswatiniPrison: 'fac_eswatini_max_security',
  shengjin: 'fac_shengjin',
  gjader: 'fac_gjader',
  elValle: 'fac_el_valle',
  portIsabel: 'fac_port_isabel',
  bluebonnet: 'fac_bluebonnet',
  prairieland: 'fac_prairieland',
  otero: 'fac_otero',
  aurora: 'fac_aurora',
  moshannon: 'fac_moshannon',
  krome: 'fac_krome',
} as const;

type FacilityData = RawEntity<'facility'>['data'];

function facility(id: string, data: FacilityData): RawEntity<'facility'> {
  return { id, data };
}

/** A US immigration detention facility, as ICE lists it, with the federal district it lies in. */
function usDetention(id: string, name: string, locality: string, district: string): RawEntity<'facility'> {
  return facility(id, {
    name,
    country: 'USA',
    locality,
    district,
    kind: 'immigration_detention',
    operator: 'U.S. Immigration and Customs Enforcement',
    sourceIds: [SRC.iceFacilities],
  });
}

/** Facilities abroad named by the public reports. */
function receivingFacilities(): Array<RawEntity<'facility'>> {
  return [
    facility(FAC.cecot, {
      name: 'CECOT',
      aliases: ['Centro de Confinamiento del Terrorismo', 'Terrorism Confinement Center'],
      country: 'SLV',
      locality: 'Tecoluca, San Vicente',
      kind: 'maximum_security_prison',
      operator: 'Government of El Salvador',
      reportedCapacity: { value: 40000, asOf: '2023' },
      // Approximate: the reports place it near Tecoluca; no exact position is claimed.
      coordinates: { lat: 13.5, lon: -88.7 },
      securityLevel: 'maximum',
      openedOn: '2023',
      credibleTortureReports: true,
      sourceIds: [SRC.goesCecot, SRC.apCecotTerms, SRC.hrwCecot],
    }),
    facility(FAC.catem, {
      name: 'CATEM',
      aliases: ['Centro de Atención Temporal para Migrantes'],
      country: 'CRI',
      locality: 'near the Panama border',
      kind: 'processing_centre',
      operator: 'Government of Costa Rica',
      sourceIds: [SRC.apCostaRica],
    }),
    facility(FAC.panamaHotel, {
      name: 'Panama City hotel used to hold deportees',
      country: 'PAN',
      locality: 'Panama City',
      kind: 'hotel_shelter',
      note: 'Named generically, as in the reports this demo cites.',
      sourceIds: [SRC.apPanama, SRC.reutersPanama],
    }),
    facility(FAC.darienCamp, {
      name: 'Migrant camp in Darién',
      country: 'PAN',
      locality: 'Darién province',
      kind: 'processing_centre',
      operator: 'Government of Panama',
      sourceIds: [SRC.apPanama],
    }),
    facility(FAC.campLemonnier, {
      name: 'Camp Lemonnier',
      country: 'DJI',
      locality: 'Djibouti',
      kind: 'military_base',
      operator: 'United States military',
      note: 'Where eight men were held during the D.V.D. v. DHS litigation before being sent to South Sudan.',
      sourceIds: [SRC.apSouthSudan, SRC.dvdRecords],
    }),
    facility(FAC.eswatiniPrison, {
      name: 'Maximum-security prison in Eswatini',
      country: 'SWZ',
      kind: 'maximum_security_prison',
      operator: 'Government of Eswatini',
      securityLevel: 'maximum',
      note: 'Named generically, as reported.',
      sourceIds: [SRC.apEswatini],
    }),
    facility(FAC.shengjin, {
      name: 'Shëngjin centre',
      aliases: ['Shengjin'],
      country: 'ALB',
      locality: 'Shëngjin',
      kind: 'processing_centre',
      operator: 'Government of Italy',
      note: 'Run by Italy on Albanian territory under the Italy–Albania Protocol.',
      sourceIds: [SRC.italyProtocol, SRC.italyFirstTransfer],
    }),
    facility(FAC.gjader, {
      name: 'Gjadër centre',
      aliases: ['Gjader'],
      country: 'ALB',
      locality: 'Gjadër',
      kind: 'immigration_detention',
      operator: 'Government of Italy',
      note: 'Run by Italy on Albanian territory; used for return detention from 2025-04.',
      sourceIds: [SRC.italyProtocol, SRC.italyReturnDetention],
    }),
  ];
}

/** The public facilities: those named in PUBLIC-FACTS.md and the US facilities the fictional cases use. */
export function publicFacilities(): Array<RawEntity<'facility'>> {
  return [
    ...receivingFacilities(),
    usDetention(FAC.elValle, 'El Valle Detention Facility', 'Raymondville, Texas', 'S.D. Tex.'),
    usDetention(FAC.portIsabel, 'Port Isabel Service Processing Center', 'Los Fresnos, Texas', 'S.D. Tex.'),
    usDetention(FAC.bluebonnet, 'Bluebonnet Detention Center', 'Anson, Texas', 'N.D. Tex.'),
    usDetention(FAC.prairieland, 'Prairieland Detention Center', 'Alvarado, Texas', 'N.D. Tex.'),
    usDetention(FAC.otero, 'Otero County Processing Center', 'Chaparral, New Mexico', 'D.N.M.'),
    usDetention(FAC.aurora, 'Denver Contract Detention Facility', 'Aurora, Colorado', 'D. Colo.'),
    usDetention(FAC.moshannon, 'Moshannon Valley Processing Center', 'Philipsburg, Pennsylvania', 'W.D. Pa.'),
    usDetention(FAC.krome, 'Krome North Service Processing Center', 'Miami, Florida', 'S.D. Fla.'),
  ];
}
