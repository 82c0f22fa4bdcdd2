import type { RuleDefinition } from '../types.js';

/** Rules on where, after which screening and after how long a detention a person is removed (RULES.md): data. */

/** US-241B-DESTINATION: the statutory sequence of destinations and its last resort, a country that accepts. */
export const DESTINATION_241B: RuleDefinition = {
  id: 'US-241B-DESTINATION',
  title: {
    en: 'Removal to a country outside the statutory sequence',
    es: 'Expulsión a un país ajeno al orden legal de destinos',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'INA §241(b)(2) sends a person to the country named on the order or of their nationality; another country may receive them under §241(b)(2)(E)(vii) only if it accepts them and removal to the earlier options is impracticable, inadvisable or impossible.',
    es: 'La INA §241(b)(2) dispone la expulsión al país designado en la orden o al de nacionalidad; otro país solo puede recibir a la persona conforme al §241(b)(2)(E)(vii) si la acepta y la expulsión a las opciones anteriores resulta impracticable, desaconsejable o imposible.',
  },
  citations: [
    '8 U.S.C. §1231(b)(2)(E)(vii)',
    'Jama v. Immigration and Customs Enforcement, 543 U.S. 335 (2005-01-12)',
  ],
  outcomes: {
    notDesignated: {
      severity: 'warning',
      explanation: {
        en: "The person was removed to {transfer.destination}, a country neither named on the order ({removalOrder.countriesNamed}; identified in writing: {removalOrder.countriesIdentifiedInWriting}) nor of their nationality ({person.nationalities}), without both the country's acceptance (recorded: {destinationAcceptance.recorded}) and the impracticability of the earlier options (recorded: {destinationAcceptance.earlierOptionsImpracticable}) on record.",
        es: 'La persona fue expulsada a {transfer.destination}, país que no figura en la orden ({removalOrder.countriesNamed}; identificados por escrito: {removalOrder.countriesIdentifiedInWriting}) ni es de su nacionalidad ({person.nationalities}), sin que consten a la vez la aceptación de ese país (consta: {destinationAcceptance.recorded}) y la imposibilidad de las opciones anteriores (consta: {destinationAcceptance.earlierOptionsImpracticable}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was removed under INA §241 to {transfer.destination}, but without the facts listed below it cannot be told whether that country was a lawful destination.',
        es: 'La persona fue expulsada conforme a la INA §241 a {transfer.destination}, pero sin los hechos que se indican no puede saberse si ese país era un destino legal.',
      },
    },
  },
};

/** US-ER-FEAR: fear expressed in expedited removal or reinstatement must be screened before removal. */
export const ER_FEAR: RuleDefinition = {
  id: 'US-ER-FEAR',
  title: {
    en: 'Expedited removal or reinstatement without a fear screening',
    es: 'Expulsión sumaria o restablecimiento de orden sin entrevista de temor',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'A person in expedited removal (INA §235(b)(1)) or whose earlier order is reinstated (INA §241(a)(5)) who expresses fear must be referred to an asylum officer and may not be removed before a credible-fear or reasonable-fear decision.',
    es: 'La persona sometida a expulsión sumaria (INA §235(b)(1)) o cuya orden anterior se restablece (INA §241(a)(5)) que manifiesta temor debe ser remitida a un funcionario de asilo y no puede ser expulsada antes de una decisión sobre temor creíble o temor razonable.',
  },
  citations: ['8 U.S.C. §1225(b)(1)(A)(ii)', '8 CFR 208.30–208.31'],
  outcomes: {
    noScreening: {
      severity: 'violation',
      explanation: {
        en: 'The person, under an order of kind {removalOrder.authority}, expressed fear on {fearClaim.raisedAt} and was removed on {transfer.departureAt} with no credible-fear or reasonable-fear decision (screenings recorded: {screenings}).',
        es: 'La persona, sujeta a una orden de tipo {removalOrder.authority}, manifestó temor el {fearClaim.raisedAt} y fue expulsada el {transfer.departureAt} sin decisión sobre temor creíble o temor razonable (entrevistas registradas: {screenings}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A fear claim is recorded for a person under an order of kind {removalOrder.authority}, but without the facts listed below it cannot be told whether it was screened before removal.',
        es: 'Consta una manifestación de temor de una persona sujeta a una orden de tipo {removalOrder.authority}, pero sin los hechos que se indican no puede saberse si fue evaluada antes de la expulsión.',
      },
    },
  },
};

/** US-ZADVYDAS: detention beyond the presumptively reasonable six months after the order became final. */
export const ZADVYDAS: RuleDefinition = {
  id: 'US-ZADVYDAS',
  title: {
    en: 'Detention beyond six months after a final removal order',
    es: 'Detención de más de seis meses tras una orden de expulsión firme',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: { postOrderDetentionDays: 180 },
  authorityStatus: 'binding',
  requires: {
    en: 'Detention after a final removal order is presumptively reasonable for {postOrderDetentionDays} days; beyond that it is lawful only while removal is significantly likely in the reasonably foreseeable future, which the government must show once the person gives good reason to doubt it.',
    es: 'La detención posterior a una orden de expulsión firme se presume razonable durante {postOrderDetentionDays} días; más allá solo es lícita mientras la expulsión sea significativamente probable en un futuro razonablemente previsible, lo que corresponde acreditar al Gobierno cuando la persona aporta razones fundadas para dudarlo.',
  },
  citations: ['Zadvydas v. Davis, 533 U.S. 678 (2001-06-28)'],
  outcomes: {
    prolongedDetention: {
      severity: 'warning',
      explanation: {
        en: 'The person was held {detainedAfterOrderDays} days after the order became final on {removalOrder.finalAt} (in custody since {confinedSince}; departure {transfer.departureAt}), more than {postOrderDetentionDays} days, and no determination that removal was significantly likely in the reasonably foreseeable future is recorded; the removal that finally took place does not show it was foreseeable while the person was held.',
        es: 'La persona permaneció detenida {detainedAfterOrderDays} días después de que la orden adquiriera firmeza el {removalOrder.finalAt} (bajo custodia desde el {confinedSince}; salida el {transfer.departureAt}), más de {postOrderDetentionDays} días, sin que conste determinación alguna de que la expulsión fuera significativamente probable en un futuro razonablemente previsible; la expulsión finalmente realizada no demuestra que lo fuera durante la detención.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The order became final on {removalOrder.finalAt}, but without the facts listed below it cannot be told whether the person was then held for more than {postOrderDetentionDays} days.',
        es: 'La orden adquirió firmeza el {removalOrder.finalAt}, pero sin los hechos que se indican no puede saberse si la persona estuvo detenida después más de {postOrderDetentionDays} días.',
      },
    },
  },
};
