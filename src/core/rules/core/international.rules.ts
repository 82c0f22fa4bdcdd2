import type { Bilingual, RuleDefinition } from '../types.js';
import { CR_RECEIVING_DETENTION, EU_IT_ALB, UK_RWANDA } from './international.regional.rules.js';

/** INT-NONREFOULEMENT: no return to a country where the person risks persecution, torture or ill-treatment. */
const INT_NONREFOULEMENT: RuleDefinition = {
  id: 'INT-NONREFOULEMENT',
  title: {
    en: 'Return to a country where the person is at risk (non-refoulement)',
    es: 'Devolución a un país en el que la persona corre riesgo (no devolución)',
  },
  jurisdiction: 'INT',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'No state may send a person, directly or through another state, to a country where they face persecution, torture or cruel, inhuman or degrading treatment; where there is evidence of such a risk, the transfer requires an individual assessment.',
    es: 'Ningún Estado puede enviar a una persona, directamente o a través de otro Estado, a un país en el que corra riesgo de persecución, tortura o tratos crueles, inhumanos o degradantes; cuando existen indicios de ese riesgo, el traslado exige una evaluación individual.',
  },
  citations: [
    'Convention relating to the Status of Refugees (1951), art. 33(1)',
    'Convention against Torture (1984), art. 3',
    'International Covenant on Civil and Political Rights (1966), art. 7',
  ],
  outcomes: {
    riskNotAssessed: {
      severity: 'warning',
      explanation: {
        en: 'There is evidence of risk to the person in {transfer.destination} ({riskEvidence.kind}) and no individual assessment was made before the transfer.',
        es: 'Existen indicios de riesgo para la persona en {transfer.destination} ({riskEvidence.kind}) y no se realizó una evaluación individual antes del traslado.',
      },
    },
    sentToRiskCountry: {
      severity: 'violation',
      explanation: {
        en: 'A risk in {country} had been found ({riskFinding}) and the person was sent there.',
        es: 'Se había constatado un riesgo en {country} ({riskFinding}) y la persona fue enviada allí.',
      },
    },
    sentOnwardToRiskCountry: {
      severity: 'violation',
      explanation: {
        en: 'A risk in {country} had been found ({riskFinding}) and the person, transferred to {transfer.destination}, was sent on there ({onward.at}).',
        es: 'Se había constatado un riesgo en {country} ({riskFinding}) y la persona, trasladada a {transfer.destination}, fue enviada después allí ({onward.at}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A risk to the person in {country} is recorded, but the bundle does not say enough to decide whether the transfer respected non-refoulement.',
        es: 'Consta un riesgo para la persona en {country}, pero el expediente no permite determinar si el traslado respetó el principio de no devolución.',
      },
    },
  },
};

/** The elements of a transfer arrangement (UNHCR, 2013), by bundle path, in both languages. */
export const TRANSFER_ARRANGEMENT_ELEMENTS: Record<string, Bilingual> = {
  'transfer.individualAssessment': {
    en: 'no individual assessment before transfer',
    es: 'sin evaluación individual previa al traslado',
  },
  'transfer.admittedToReceivingState': {
    en: 'no admission to the receiving state',
    es: 'sin admisión en el Estado receptor',
  },
  'transfer.asylumProcedureAvailable': {
    en: 'no fair asylum procedure there',
    es: 'sin acceso allí a un procedimiento de asilo justo',
  },
  'transfer.onwardReturnProtection': {
    en: 'no protection against onward return',
    es: 'sin protección frente a la devolución ulterior',
  },
  'transfer.agreement.legallyBinding': {
    en: 'arrangement not legally binding',
    es: 'acuerdo sin carácter jurídicamente vinculante',
  },
  'person.unaccompaniedChild': {
    en: 'an unaccompanied child transferred',
    es: 'traslado de un menor no acompañado',
  },
};

/** INT-TRANSFER-ARRANGEMENT: UNHCR's guidance on transferring asylum-seekers to another state. */
const INT_TRANSFER_ARRANGEMENT: RuleDefinition = {
  id: 'INT-TRANSFER-ARRANGEMENT',
  title: {
    en: 'Transfer to a third state short of UNHCR’s guidance on transfer arrangements',
    es: 'Traslado a un tercer Estado que no se ajusta a la guía del ACNUR sobre acuerdos de traslado',
  },
  jurisdiction: 'INT',
  windows: {},
  thresholds: {},
  authorityStatus: 'soft_law',
  requires: {
    en: 'UNHCR’s guidance expects an individual assessment before transfer, admission to the receiving state, access there to a fair asylum procedure, protection against onward return, a legally binding arrangement, and no transfer of unaccompanied children.',
    es: 'La guía del ACNUR exige una evaluación individual previa al traslado, la admisión en el Estado receptor, el acceso allí a un procedimiento de asilo justo, la protección frente a la devolución ulterior, un acuerdo jurídicamente vinculante y que no se trasladen menores no acompañados.',
  },
  citations: [
    'UNHCR, Guidance Note on bilateral and/or multilateral arrangements on the transfer of asylum-seekers (May 2013)',
  ],
  outcomes: {
    shortfall: {
      severity: 'warning',
      explanation: {
        en: 'The transfer to {transfer.destination} fell short of the guidance: {failedEn}.',
        es: 'El traslado a {transfer.destination} no se ajustó a la guía: {failedEs}.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The bundle does not say whether the transfer to {transfer.destination} met every element of the guidance.',
        es: 'El expediente no indica si el traslado a {transfer.destination} cumplió todos los elementos de la guía.',
      },
    },
  },
};

/** International and regional rules of pack `core` (RULES.md), in catalogue order. */
export const INTERNATIONAL_RULES: RuleDefinition[] = [
  INT_NONREFOULEMENT,
  INT_TRANSFER_ARRANGEMENT,
  UK_RWANDA,
  EU_IT_ALB,
  CR_RECEIVING_DETENTION,
];
