import type { RuleDefinition } from '../types.js';
import { US_3C_DVD } from './usThirdCountry.dvd.rules.js';
import { US_3C_ICE_FEAR, US_3C_ICE_NOTICE, US_3C_POLICY_ASSURANCE } from './usThirdCountry.policy.rules.js';

/** US-3C-CHAIN-REFOULEMENT: the receiving state sends the person on to a country the US protected them against. */
const US_3C_CHAIN_REFOULEMENT: RuleDefinition = {
  id: 'US-3C-CHAIN-REFOULEMENT',
  title: {
    en: 'Onward transfer to a country the United States protected the person against',
    es: 'Traslado ulterior a un país frente al que los Estados Unidos protegieron a la persona',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'A US protection grant forbids removal to the country it protects against; removing the person to a third country that sends them on there achieves the same result indirectly.',
    es: 'Una protección concedida por los Estados Unidos prohíbe la expulsión al país frente al que protege; expulsar a la persona a un tercer país que la envía a aquel conduce indirectamente al mismo resultado.',
  },
  citations: [
    '8 U.S.C. §1231(b)(3)(A)',
    'FARRA §2242(a)',
    'Ghana third-country removals case (D.D.C., 2025-09-15)',
  ],
  outcomes: {
    onward: {
      severity: 'warning',
      explanation: {
        en: 'After removal to {transfer.destination}, the person was sent on to {onward.to} ({onward.at}), a country a {grant.type} grant (granted {grant.grantedAt}) protects them against.',
        es: 'Tras su expulsión a {transfer.destination}, la persona fue enviada a {onward.to} ({onward.at}), país frente al que la protege una concesión {grant.type} (otorgada el {grant.grantedAt}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was sent on to {onward.to}, against which a {grant.type} grant is recorded, but without the departure time it cannot be told whether the grant was in force.',
        es: 'La persona fue enviada a {onward.to}, respecto del cual consta una concesión {grant.type}, pero sin la hora de salida no puede saberse si estaba vigente.',
      },
    },
  },
};

const CONSTRUCTIVE_CUSTODY = 'J.G.G. v. Trump, No. 25-cv-766 (D.D.C., 2025-12-22): constructive custody';

/** US-3C-RECEIVING-DETENTION: detention on arrival at US request in a facility with credible torture reports. */
const US_3C_RECEIVING_DETENTION: RuleDefinition = {
  id: 'US-3C-RECEIVING-DETENTION',
  title: {
    en: 'Detention on arrival, at US request, in a facility with credible reports of torture',
    es: 'Detención a la llegada, a solicitud de los Estados Unidos, en un centro con denuncias creíbles de tortura',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'A state may not hand a person over to detention where there are substantial grounds to believe they risk torture or cruel, inhuman or degrading treatment, nor arrange arbitrary detention abroad.',
    es: 'Un Estado no puede entregar a una persona para su detención cuando hay razones fundadas para creer que corre riesgo de tortura o de tratos crueles, inhumanos o degradantes, ni concertar su detención arbitraria en el extranjero.',
  },
  citations: [
    'Convention against Torture, art. 3',
    'International Covenant on Civil and Political Rights, arts. 7 and 9',
  ],
  outcomes: {
    heldAtRequest: {
      severity: 'warning',
      explanation: {
        en: 'On arrival in {transfer.destination} the person was detained at the sending state’s request in {receivingFacility.name}, a facility with credible reports of torture or ill-treatment.',
        es: 'A su llegada a {transfer.destination}, la persona fue detenida a solicitud del Estado remitente en {receivingFacility.name}, centro sobre el que existen denuncias creíbles de tortura o malos tratos.',
      },
    },
    aeaConstructiveCustody: {
      severity: 'violation',
      citations: [
        'Convention against Torture, art. 3',
        'International Covenant on Civil and Political Rights, arts. 7 and 9',
        CONSTRUCTIVE_CUSTODY,
      ],
      explanation: {
        en: 'An Alien Enemies Act designee was detained on arrival in {transfer.destination} at US request in {receivingFacility.name}, a facility with credible reports of torture; the United States kept constructive custody of them there.',
        es: 'Una persona designada conforme a la Alien Enemies Act fue detenida a su llegada a {transfer.destination} a solicitud de los Estados Unidos en {receivingFacility.name}, centro con denuncias creíbles de tortura; los Estados Unidos conservaron allí su custodia indirecta.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'Part of the detention on arrival in {transfer.destination} is recorded, but the bundle does not say whether the person was held on arrival, at US request, in a facility with credible reports of torture.',
        es: 'Consta en parte la detención a la llegada a {transfer.destination}, pero el expediente no indica si la persona quedó detenida a su llegada, a solicitud de los Estados Unidos, en un centro con denuncias creíbles de tortura.',
      },
    },
  },
};

/** US third-country rules of pack `core` (RULES.md), in catalogue order; predicates in usThirdCountry.predicates.ts. */
export const US_THIRD_COUNTRY_RULES: RuleDefinition[] = [
  US_3C_DVD,
  US_3C_POLICY_ASSURANCE,
  US_3C_ICE_NOTICE,
  US_3C_ICE_FEAR,
  US_3C_CHAIN_REFOULEMENT,
  US_3C_RECEIVING_DETENTION,
];
