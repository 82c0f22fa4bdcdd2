import type { RuleDefinition } from '../types.js';
import { COURT_ORDER } from './usCourtOrder.rules.js';
import { FINAL_ORDER, STAY } from './usRemovalOrder.rules.js';
import { DESTINATION_241B, ER_FEAR, ZADVYDAS } from './usRemovalSafeguards.rules.js';

const PROTECTED_COUNTRY: RuleDefinition = {
  id: 'US-241B3-PROTECTED-COUNTRY',
  title: {
    en: 'Removal to a country the person is protected against',
    es: 'Expulsión a un país frente al que la persona está protegida',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'Withholding of removal under INA §241(b)(3) and CAT withholding or deferral forbid removal to the country they protect against.',
    es: 'La suspensión de la expulsión (INA §241(b)(3)) y la protección de la CAT prohíben la expulsión al país frente al que protegen.',
  },
  citations: [
    '8 U.S.C. §1231(b)(3)(A)',
    '8 CFR 208.16–208.17',
    'FARRA §2242(a)',
    'Noem v. Abrego Garcia, 604 U.S. ___ (2025-04-10)',
  ],
  outcomes: {
    violation: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed to {transfer.destination} while a {grant.type} grant for {transfer.destination} (granted {grant.grantedAt}) was in force.',
        es: 'La persona fue expulsada a {transfer.destination} mientras estaba vigente una protección {grant.type} respecto de {transfer.destination} (concedida el {grant.grantedAt}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A {grant.type} grant for {transfer.destination} is recorded, but without the departure time it cannot be told whether it was in force.',
        es: 'Consta una protección {grant.type} respecto de {transfer.destination}, pero sin la hora de salida no se puede saber si estaba vigente.',
      },
    },
  },
};

/** US-CAT-ASSURANCE: decides CAT grants when an assurance for the destination is recorded (RULES.md). */
const CAT_ASSURANCE: RuleDefinition = {
  id: 'US-CAT-ASSURANCE',
  title: {
    en: 'Removal to a CAT-protected country on a diplomatic assurance',
    es: 'Expulsión a un país protegido por la CAT con base en garantías diplomáticas',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'A country the person is protected against under the Convention against Torture (withholding or deferral of removal) may receive them only on a diplomatic assurance accepted for them individually as sufficiently reliable under 8 CFR 208.18(c); a blanket assurance, or none accepted, does not lift the protection.',
    es: 'Solo puede enviarse a la persona al país frente al que la protege la Convención contra la Tortura (suspensión o aplazamiento de la expulsión) con base en garantías diplomáticas aceptadas para ella individualmente como suficientemente fiables conforme al 8 CFR 208.18(c); unas garantías genéricas, o no aceptadas, no levantan la protección.',
  },
  citations: ['8 CFR 208.18(c)'],
  outcomes: {
    blanket: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed to {transfer.destination}, which a {grant.type} grant (granted {grant.grantedAt}) protects them against, relying on a blanket diplomatic assurance rather than one given for them.',
        es: 'La persona fue expulsada a {transfer.destination}, país frente al que la protege una medida {grant.type} (concedida el {grant.grantedAt}), con base en garantías diplomáticas genéricas y no en garantías otorgadas para ella.',
      },
    },
    notAccepted: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed to {transfer.destination}, which a {grant.type} grant (granted {grant.grantedAt}) protects them against, relying on an individual diplomatic assurance not accepted as sufficiently reliable by departure (accepted: {assurance.deemedCredibleAt}).',
        es: 'La persona fue expulsada a {transfer.destination}, país frente al que la protege una medida {grant.type} (concedida el {grant.grantedAt}), con base en garantías diplomáticas individuales que a la salida no habían sido aceptadas como suficientemente fiables (aceptación: {assurance.deemedCredibleAt}).',
      },
    },
    individual: {
      severity: 'warning',
      explanation: {
        en: 'The person was removed to {transfer.destination}, which a {grant.type} grant (granted {grant.grantedAt}) protects them against, relying on an individual diplomatic assurance accepted on {assurance.deemedCredibleAt}. The regulation allows it, but an assurance does not remove the risk of torture and its keeping should be monitored.',
        es: 'La persona fue expulsada a {transfer.destination}, país frente al que la protege una medida {grant.type} (concedida el {grant.grantedAt}), con base en garantías diplomáticas individuales aceptadas el {assurance.deemedCredibleAt}. El reglamento lo permite, pero unas garantías no eliminan el riesgo de tortura y su cumplimiento debe vigilarse.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A {grant.type} grant for {transfer.destination} and a diplomatic assurance for that country are recorded, but without the facts listed below it cannot be told whether the removal rested on an assurance accepted for the person.',
        es: 'Constan una medida {grant.type} respecto de {transfer.destination} y garantías diplomáticas de ese país, pero sin los hechos que se indican no puede saberse si la expulsión se apoyó en garantías aceptadas para la persona.',
      },
    },
  },
};

/** US removal-law rules of pack `core` (RULES.md), in catalogue order: data only; predicates beside them. */
export const US_REMOVAL_RULES: RuleDefinition[] = [
  PROTECTED_COUNTRY,
  CAT_ASSURANCE,
  FINAL_ORDER,
  STAY,
  COURT_ORDER,
  DESTINATION_241B,
  ER_FEAR,
  ZADVYDAS,
];
