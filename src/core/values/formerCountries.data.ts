/**
 * States that ceased to exist, with the codes ISO 3166-3 keeps for them so that old records stay readable. Only
 * states that split into several successors or merged into another are here: a person's citizenship of one does
 * not say which successor's they hold now, so the code is kept as written and no successor is assumed.
 *
 * Renames of one state are not here, they keep the current code (COUNTRY_ALIASES): Zaire (ZAR) is COD, Burma
 * (BUR) MMR, East Timor (TMP) TLS, Dahomey BEN, Upper Volta BFA, New Hebrides VUT. Nor are the ISO 3166-3 entries
 * that no one holds a citizenship of: the Antarctic territories (ATB, ATN), the Neutral Zone (NTZ) and the US
 * Pacific islands merged into UM (JTN, MID, PUS, WAK).
 *
 * [alpha-3, the alpha-2 the state had (several are now another country's, so they are shown, never read),
 * English names (first is the display name), Spanish names (first is the display name)]
 */
// prettier-ignore
export const FORMER_COUNTRY_ROWS: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
  // Dissolved 2010 into Curaçao (CUW), Sint Maarten (SXM) and the Caribbean Netherlands (BES).
  ['ANT', 'AN', ['Netherlands Antilles'], ['Antillas Neerlandesas']],
  // Dissolved 1993 into the Czech Republic and Slovakia.
  ['CSK', 'CS', ['Czechoslovakia', 'Czech and Slovak Federal Republic', 'Czechoslovak Socialist Republic', 'CSSR'],
    ['Checoslovaquia', 'República Socialista de Checoslovaquia']],
  // Joined the Federal Republic of Germany in 1990.
  ['DDR', 'DD', ['German Democratic Republic', 'East Germany', 'GDR'],
    ['República Democrática Alemana', 'Alemania Oriental', 'Alemania del Este', 'RDA']],
  // Separated 1976 into the colonies that became Kiribati and Tuvalu.
  ['GEL', 'GE', ['Gilbert and Ellice Islands'], ['Islas Gilbert y Ellice']],
  // Divided 1986 into Micronesia, the Marshall Islands, the Northern Mariana Islands and Palau.
  ['PCI', 'PC', ['Trust Territory of the Pacific Islands', 'Pacific Islands Trust Territory'],
    ['Territorio en Fideicomiso de las Islas del Pacífico']],
  // Returned to Panama 1979.
  ['PCZ', 'PZ', ['Panama Canal Zone', 'Canal Zone'], ['Zona del Canal de Panamá']],
  // Dissolved 2006 into Serbia and Montenegro.
  ['SCG', 'CS', ['Serbia and Montenegro', 'State Union of Serbia and Montenegro'], ['Serbia y Montenegro']],
  // Merged into India 1975.
  ['SKM', 'SK', ['Sikkim'], ['Sikkim']],
  // Dissolved 1991 into fifteen states.
  ['SUN', 'SU', ['Soviet Union', 'USSR', 'Union of Soviet Socialist Republics'],
    ['Unión Soviética', 'URSS', 'Unión de Repúblicas Socialistas Soviéticas']],
  // Merged with the Republic of Vietnam into Viet Nam 1976.
  ['VDR', 'VD', ['North Vietnam', 'Democratic Republic of Vietnam', 'Democratic Republic of Viet-Nam'],
    ['Vietnam del Norte', 'República Democrática de Vietnam']],
  // Merged with the Yemen Arab Republic into Yemen 1990.
  ['YMD', 'YD', ['South Yemen', "People's Democratic Republic of Yemen", 'Democratic Yemen'],
    ['Yemen del Sur', 'República Democrática Popular de Yemen']],
  // The socialist federation dissolved 1991-1992; the Federal Republic that kept the name became SCG in 2003.
  ['YUG', 'YU', ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia', 'SFRY'],
    ['Yugoslavia', 'República Federativa Socialista de Yugoslavia', 'República Federal de Yugoslavia']],
];
