/**
 * Nationalities as people write them (`Iranian`, `venezolanas`, `Salvadorean`), in English and Spanish, for
 * sources that name groups rather than countries.
 */
import { foldCountryName, resolveCountry, type CountryCode } from './country.js';

/**
 * Demonyms by country, English then Spanish (masculine singular: the other forms are derived). Words that fit
 * more than one country are left out on purpose: `Congolese` (either Congo), English `Dominican` (the Dominican
 * Republic or Dominica), `Korean`. A source that means one of them must say which (`Congolese (DRC)`,
 * `dominicano`, `South Korean`). A state that no longer exists has its ISO 3166-3 code (`Soviet` → SUN).
 */
// prettier-ignore
const DEMONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['AFG', ['afghan', 'afghani', 'afgano']],
  ['ALB', ['albanian', 'albanes']],
  ['DZA', ['algerian', 'argelino']],
  ['AGO', ['angolan', 'angoleno']],
  ['ATG', ['antiguan', 'antiguano']],
  ['ARG', ['argentine', 'argentinian', 'argentino']],
  ['ARM', ['armenian', 'armenio']],
  ['AUS', ['australian', 'australiano']],
  ['AUT', ['austrian', 'austriaco']],
  ['AZE', ['azerbaijani', 'azeri', 'azerbaiyano']],
  ['BHS', ['bahamian', 'bahameno']],
  ['BHR', ['bahraini', 'bahreini']],
  ['BGD', ['bangladeshi', 'bangladesi']],
  ['BRB', ['barbadian', 'bajan', 'barbadense']],
  ['BLR', ['belarusian', 'bielorruso']],
  ['BEL', ['belgian', 'belga']],
  ['BLZ', ['belizean', 'beliceno']],
  ['BEN', ['beninese', 'benines']],
  ['BTN', ['bhutanese', 'butanes']],
  ['BOL', ['bolivian', 'boliviano']],
  ['BIH', ['bosnian', 'bosnio']],
  ['BWA', ['botswanan', 'motswana', 'batswana', 'botsuano']],
  ['BRA', ['brazilian', 'brasileno']],
  ['BGR', ['bulgarian', 'bulgaro']],
  ['BFA', ['burkinabe', 'burkines']],
  ['MMR', ['burmese', 'birmano']],
  ['BDI', ['burundian', 'burundes']],
  ['KHM', ['cambodian', 'camboyano']],
  ['CMR', ['cameroonian', 'camerunes']],
  ['CAN', ['canadian', 'canadiense']],
  ['CPV', ['cape verdean', 'caboverdiano']],
  ['CAF', ['central african', 'centroafricano']],
  ['TCD', ['chadian', 'chadiano']],
  ['CHL', ['chilean', 'chileno']],
  ['CHN', ['chinese', 'chino']],
  ['COL', ['colombian', 'colombiano']],
  ['COM', ['comoran', 'comorense']],
  ['COD', ['congolese drc', 'congolese dr', 'congolese kinshasa', 'drc congolese', 'congoleno drc', 'congoleno rdc']],
  ['COG', ['congolese brazzaville', 'congoleno brazzaville']],
  ['CRI', ['costa rican', 'costarricense']],
  ['CIV', ['ivorian', 'marfileno']],
  ['HRV', ['croatian', 'croat', 'croata']],
  ['CUB', ['cuban', 'cubano']],
  ['CYP', ['cypriot', 'chipriota']],
  ['CZE', ['czech', 'checo']],
  ['CSK', ['czechoslovak', 'czechoslovakian', 'checoslovaco']],
  ['DNK', ['danish', 'dane', 'danes']],
  ['DJI', ['djiboutian', 'yibutiano']],
  ['DOM', ['dominicano']],
  ['ECU', ['ecuadorian', 'ecuadorean', 'ecuatoriano']],
  ['EGY', ['egyptian', 'egipcio']],
  ['SLV', ['salvadoran', 'salvadorean', 'salvadorian', 'salvadoreno']],
  ['GNQ', ['equatorial guinean', 'equatoguinean', 'ecuatoguineano']],
  ['ERI', ['eritrean', 'eritreo']],
  ['EST', ['estonian', 'estonio']],
  ['SWZ', ['swazi', 'suazi']],
  ['ETH', ['ethiopian', 'etiope']],
  ['FJI', ['fijian', 'fiyiano']],
  ['FIN', ['finnish', 'finn', 'finlandes']],
  ['FRA', ['french', 'frances']],
  ['GAB', ['gabonese', 'gabones']],
  ['GMB', ['gambian', 'gambiano']],
  ['GEO', ['georgian', 'georgiano']],
  ['DEU', ['german', 'aleman']],
  ['DDR', ['east german']],
  ['GHA', ['ghanaian', 'ghanes']],
  ['GRC', ['greek', 'griego']],
  ['GRD', ['grenadian']],
  ['GTM', ['guatemalan', 'guatemalteco']],
  ['GIN', ['guinean', 'guineano']],
  ['GNB', ['bissau guinean', 'bissauan', 'bisauguineano']],
  ['GUY', ['guyanese', 'guyanes']],
  ['HTI', ['haitian', 'haitiano']],
  ['HND', ['honduran', 'hondureno']],
  ['HUN', ['hungarian', 'hungaro']],
  ['ISL', ['icelandic', 'icelander', 'islandes']],
  ['IND', ['indian']],
  ['IDN', ['indonesian', 'indonesio']],
  ['IRN', ['iranian', 'irani']],
  ['IRQ', ['iraqi', 'iraqui']],
  ['IRL', ['irish', 'irlandes']],
  ['ISR', ['israeli']],
  ['ITA', ['italian', 'italiano']],
  ['JAM', ['jamaican', 'jamaiquino']],
  ['JPN', ['japanese', 'japones']],
  ['JOR', ['jordanian', 'jordano']],
  ['KAZ', ['kazakh', 'kazakhstani', 'kazajo']],
  ['KEN', ['kenyan', 'keniano']],
  ['KNA', ['kittitian', 'nevisian']],
  ['KOR', ['south korean', 'surcoreano']],
  ['PRK', ['north korean', 'norcoreano']],
  ['XKX', ['kosovar', 'kosovan']],
  ['KWT', ['kuwaiti']],
  ['KGZ', ['kyrgyz', 'kirghiz', 'kirguis']],
  ['LAO', ['laotian', 'lao', 'laosiano']],
  ['LVA', ['latvian', 'leton']],
  ['LBN', ['lebanese', 'libanes']],
  ['LBR', ['liberian', 'liberiano']],
  ['LBY', ['libyan', 'libio']],
  ['LTU', ['lithuanian', 'lituano']],
  ['LCA', ['saint lucian', 'st lucian', 'santalucense']],
  ['MDG', ['malagasy', 'malgache']],
  ['MWI', ['malawian', 'malaui']],
  ['MYS', ['malaysian', 'malasio']],
  ['MLI', ['malian', 'maliense']],
  ['MRT', ['mauritanian', 'mauritano']],
  ['MUS', ['mauritian', 'mauriciano']],
  ['MEX', ['mexican', 'mexicano']],
  ['MDA', ['moldovan', 'moldavo']],
  ['MNG', ['mongolian', 'mongol']],
  ['MNE', ['montenegrin', 'montenegrino']],
  ['MAR', ['moroccan', 'marroqui']],
  ['MOZ', ['mozambican', 'mozambiqueno']],
  ['NAM', ['namibian', 'namibio']],
  ['NPL', ['nepali', 'nepalese', 'nepales']],
  ['NLD', ['dutch', 'neerlandes', 'holandes']],
  ['NZL', ['new zealander', 'neozelandes']],
  ['NIC', ['nicaraguan', 'nicaraguense']],
  ['NER', ['nigerien', 'nigerino']],
  ['NGA', ['nigerian', 'nigeriano']],
  ['MKD', ['macedonian', 'macedonio']],
  ['NOR', ['norwegian', 'noruego']],
  ['OMN', ['omani']],
  ['PAK', ['pakistani', 'paquistani']],
  ['PSE', ['palestinian', 'palestino']],
  ['PAN', ['panamanian', 'panameno']],
  ['PNG', ['papua new guinean']],
  ['PRY', ['paraguayan', 'paraguayo']],
  ['PER', ['peruvian', 'peruano']],
  ['PHL', ['filipino', 'philippine']],
  ['POL', ['polish', 'pole', 'polaco']],
  ['PRT', ['portuguese', 'portugues']],
  ['QAT', ['qatari', 'catari']],
  ['ROU', ['romanian', 'rumano']],
  ['RUS', ['russian', 'ruso']],
  ['RWA', ['rwandan', 'ruandes']],
  ['SAU', ['saudi', 'saudi arabian', 'saudita']],
  ['SEN', ['senegalese', 'senegales']],
  ['SRB', ['serbian', 'serb', 'serbio']],
  ['SLE', ['sierra leonean', 'sierraleones']],
  ['SGP', ['singaporean', 'singapurense']],
  ['SVK', ['slovak', 'eslovaco']],
  ['SVN', ['slovenian', 'slovene', 'esloveno']],
  ['SOM', ['somali', 'somalian']],
  ['ZAF', ['south african', 'sudafricano']],
  ['SSD', ['south sudanese', 'sursudanes', 'sudsudanes']],
  ['SUN', ['soviet', 'sovietico']],
  ['ESP', ['spanish', 'spaniard', 'espanol']],
  ['LKA', ['sri lankan', 'ceilanes', 'esrilanques']],
  ['SDN', ['sudanese', 'sudanes']],
  ['SUR', ['surinamese', 'surinames']],
  ['SWE', ['swedish', 'swede', 'sueco']],
  ['CHE', ['swiss', 'suizo']],
  ['SYR', ['syrian', 'sirio']],
  ['TWN', ['taiwanese', 'taiwanes']],
  ['TJK', ['tajik', 'tayiko']],
  ['TZA', ['tanzanian', 'tanzano']],
  ['THA', ['thai', 'tailandes']],
  ['TGO', ['togolese', 'togoles']],
  ['TTO', ['trinidadian', 'tobagonian', 'trinitense']],
  ['TUN', ['tunisian', 'tunecino']],
  ['TUR', ['turkish', 'turk', 'turco']],
  ['TKM', ['turkmen', 'turcomano']],
  ['UGA', ['ugandan', 'ugandes']],
  ['UKR', ['ukrainian', 'ucraniano']],
  ['ARE', ['emirati']],
  ['GBR', ['british', 'briton', 'britanico']],
  ['USA', ['american', 'estadounidense', 'norteamericano']],
  ['URY', ['uruguayan', 'uruguayo']],
  ['UZB', ['uzbek', 'uzbekistani', 'uzbeko']],
  ['VCT', ['vincentian']],
  ['VEN', ['venezuelan', 'venezolano']],
  ['VNM', ['vietnamese', 'vietnamita']],
  ['YEM', ['yemeni', 'yemenite']],
  ['YUG', ['yugoslav', 'yugoslavian', 'yugoslavo']],
  ['ZMB', ['zambian', 'zambiano']],
  ['ZWE', ['zimbabwean', 'zimbabuense']],
];

const byDemonym = new Map<string, CountryCode>();
for (const [code, words] of DEMONYMS) {
  for (const word of words) byDemonym.set(foldCountryName(word), code as CountryCode);
}

/** Words that follow a nationality without changing it (`Venezuelan nationals`, `cubanos deportados`). */
const TRAILING_WORDS =
  /(?: (?:nationals?|citizens?|people|persons?|men|women|migrants?|deportees?|nacionales|ciudadanos?|ciudadanas?|personas|migrantes|deportad[oa]s))+$/;

/**
 * The forms a word may stand for: itself, without a plural ending (`iranians`, `venezolanos`, `alemanes`), and
 * the Spanish masculine of a feminine (`venezolana` → `venezolano`, `francesa` → `frances`).
 */
function baseForms(word: string): string[] {
  const singular = [word];
  if (word.endsWith('s')) singular.push(word.slice(0, -1));
  if (word.endsWith('es')) singular.push(word.slice(0, -2));
  const forms: string[] = [];
  for (const form of singular) {
    forms.push(form);
    if (form.endsWith('a')) forms.push(`${form.slice(0, -1)}o`, form.slice(0, -1));
  }
  return forms;
}

/**
 * The country of a nationality as a source writes it: a demonym in English or Spanish, any case, accents,
 * number or gender (`Iranian`, `Afghans`, `venezolana`, `SALVADOREÑOS`), or a country name or code. Undefined
 * for words that name no one country (`Various`, `Congolese`, `Kurdish`); never guesses.
 */
export function resolveNationality(text: string): CountryCode | undefined {
  const folded = foldCountryName(text).replace(TRAILING_WORDS, '').trim();
  if (folded === '') return undefined;
  for (const form of baseForms(folded)) {
    const code = byDemonym.get(form);
    if (code !== undefined) return code;
  }
  return resolveCountry(text);
}
