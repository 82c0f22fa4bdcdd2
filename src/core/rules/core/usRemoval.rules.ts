import type { RuleDefinition } from '../types.js';

/** US removal-law rules of pack `core` (RULES.md): data only; predicates in usRemoval.predicates.ts. */
export const US_REMOVAL_RULES: RuleDefinition[] = [
  {
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
  },
];
