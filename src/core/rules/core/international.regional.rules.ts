import type { RuleDefinition } from '../types.js';

const AAA = 'R (AAA) v SSHD [2023] UKSC 42 (2023-11-15)';

/** UK-RWANDA: enforced transfers from the United Kingdom to Rwanda. */
export const UK_RWANDA: RuleDefinition = {
  id: 'UK-RWANDA',
  title: {
    en: 'Enforced transfer from the United Kingdom to Rwanda',
    es: 'Traslado forzoso del Reino Unido a Ruanda',
  },
  jurisdiction: 'UK',
  windows: {
    aaa: { from: '2023-11-15T00:00:00Z', to: '2024-04-25T00:00:00Z' },
    safetyOfRwandaAct: { from: '2024-04-25T00:00:00Z' },
  },
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'The Supreme Court held on {aaa.from} that Rwanda was not a safe third country, as asylum-seekers sent there risked refoulement; from {safetyOfRwandaAct.from} statute deems Rwanda safe, but Article 3 of the European Convention still forbids exposure to that risk, and an interim measure of the European Court must be complied with.',
    es: 'El Tribunal Supremo declaró el {aaa.from} que Ruanda no era un tercer país seguro, pues los solicitantes de asilo enviados allí corrían riesgo de devolución; desde el {safetyOfRwandaAct.from} una ley considera seguro a Ruanda, pero el artículo 3 del Convenio Europeo sigue prohibiendo exponer a la persona a ese riesgo, y las medidas cautelares del Tribunal Europeo son de obligado cumplimiento.',
  },
  citations: [AAA],
  outcomes: {
    unlawfulTransfer: {
      severity: 'violation',
      explanation: {
        en: 'The person was transferred to Rwanda on {transfer.departureAt}, after the Supreme Court held such transfers unlawful.',
        es: 'La persona fue trasladada a Ruanda el {transfer.departureAt}, después de que el Tribunal Supremo declarara ilícitos esos traslados.',
      },
    },
    deemedSafe: {
      severity: 'info',
      contested: true,
      citations: ['Safety of Rwanda (Asylum and Immigration) Act 2024 (2024-04-25)', AAA],
      explanation: {
        en: 'The person was transferred to Rwanda on {transfer.departureAt}, when the Safety of Rwanda Act deemed it a safe country in domestic law, contrary to the Supreme Court’s finding on the facts.',
        es: 'La persona fue trasladada a Ruanda el {transfer.departureAt}, cuando la Safety of Rwanda Act lo consideraba país seguro en el Derecho interno, en contra de lo constatado por el Tribunal Supremo sobre los hechos.',
      },
    },
    article3Risk: {
      severity: 'warning',
      contested: true,
      citations: ['European Convention on Human Rights, art. 3', AAA],
      explanation: {
        en: 'Whatever domestic statute deems, the transfer to Rwanda on {transfer.departureAt} engages Article 3 of the European Convention: the risk of refoulement the Supreme Court found must be assessed.',
        es: 'Con independencia de lo que disponga la ley interna, el traslado a Ruanda del {transfer.departureAt} afecta al artículo 3 del Convenio Europeo: debe evaluarse el riesgo de devolución que constató el Tribunal Supremo.',
      },
    },
    interimMeasure: {
      severity: 'violation',
      citations: [
        'Rules of Court of the European Court of Human Rights, Rule 39',
        'European Convention on Human Rights, art. 34',
        'Mamatkulov and Askarov v. Turkey [GC], nos. 46827/99 and 46951/99 (2005-02-04)',
      ],
      explanation: {
        en: 'The person was transferred to Rwanda while an interim measure of the European Court of Human Rights (Rule 39) was in force.',
        es: 'La persona fue trasladada a Ruanda mientras estaba vigente una medida cautelar del Tribunal Europeo de Derechos Humanos (artículo 39 del Reglamento).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'An enforced transfer to Rwanda is recorded without its departure time, so it cannot be told which law governed it.',
        es: 'Consta un traslado forzoso a Ruanda sin la hora de salida, por lo que no puede saberse qué régimen jurídico le era aplicable.',
      },
    },
  },
};

/** EU-IT-ALB: the Italy–Albania protocol. */
export const EU_IT_ALB: RuleDefinition = {
  id: 'EU-IT-ALB',
  title: {
    en: 'Transfer to Albania under the Italy–Albania protocol',
    es: 'Traslado a Albania en virtud del protocolo entre Italia y Albania',
  },
  jurisdiction: 'EU',
  windows: { safeCountryDesignation: { to: '2026-06-11T00:00:00Z' } },
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'Until {safeCountryDesignation.to}, an accelerated border procedure may rely on a safe-country-of-origin designation only if its sources are disclosed and open to judicial review and the country is safe for its whole population.',
    es: 'Hasta el {safeCountryDesignation.to}, un procedimiento fronterizo acelerado solo puede basarse en la designación de un país de origen seguro si sus fuentes son accesibles y controlables judicialmente y el país es seguro para toda su población.',
  },
  citations: [
    'CJEU C-758/24 and C-759/24, Alace and Canpelli (2025-08-01)',
    'Directive 2013/32/EU, arts. 31(8), 36–37 and Annex I',
  ],
  outcomes: {
    unsafeDesignation: {
      severity: 'violation',
      explanation: {
        en: 'The accelerated border procedure relied on a safe-country designation whose sources were not disclosed or that does not cover the whole population (sources disclosed: {agreement.safeCountrySourcesDisclosed}; safe for the whole population: {agreement.designatedSafeForWholePopulation}).',
        es: 'El procedimiento fronterizo acelerado se basó en una designación de país seguro cuyas fuentes no se divulgaron o que no abarca a toda la población (fuentes divulgadas: {agreement.safeCountrySourcesDisclosed}; seguro para toda la población: {agreement.designatedSafeForWholePopulation}).',
      },
    },
    gjaderDetention: {
      severity: 'warning',
      citations: [
        'Protocol between Italy and Albania on migration (2023-11-06)',
        'Decreto-legge 28 marzo 2025, n. 37',
        'Directive 2008/115/EC, arts. 15–16',
      ],
      explanation: {
        en: 'The person was held for return at {receivingFacility.name}, in Albania, outside the territory where the Return Directive’s safeguards on detention are ordinarily applied and reviewed.',
        es: 'La persona fue retenida para su retorno en {receivingFacility.name}, en Albania, fuera del territorio en el que normalmente se aplican y controlan las garantías de la Directiva de retorno sobre el internamiento.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The bundle does not say whether the safe-country designation relied on had disclosed sources and covered the whole population.',
        es: 'El expediente no indica si la designación de país seguro invocada tenía fuentes divulgadas y abarcaba a toda la población.',
      },
    },
  },
};

/** CR-RECEIVING-DETENTION: people received by Costa Rica and held at CATEM. */
export const CR_RECEIVING_DETENTION: RuleDefinition = {
  id: 'CR-RECEIVING-DETENTION',
  title: {
    en: 'Held at CATEM in Costa Rica without a status decision or access to asylum',
    es: 'Retención en el CATEM de Costa Rica sin decisión sobre la situación migratoria ni acceso al asilo',
  },
  jurisdiction: 'CR',
  windows: {},
  thresholds: { statusDecisionDays: 15 },
  authorityStatus: 'binding',
  requires: {
    en: 'The Constitutional Chamber held that people received from the United States and held at CATEM are entitled to an individual, reasoned decision on their status within {statusDecisionDays} calendar days of arrival, and to access to asylum.',
    es: 'La Sala Constitucional resolvió que las personas recibidas de los Estados Unidos y retenidas en el CATEM tienen derecho a una decisión individual y motivada sobre su situación dentro de los {statusDecisionDays} días naturales siguientes a su llegada, y a acceder al procedimiento de asilo.',
  },
  citations: ['Sala Constitucional, Res. 2025-019485 (2025-06-24)'],
  outcomes: {
    detainedWithoutSafeguards: {
      severity: 'violation',
      explanation: {
        en: 'The person was held at {receivingFacility.name} without an individual, reasoned status decision within {statusDecisionDays} days of arrival or without access to asylum (status decision: {transfer.statusDecisionAt}; arrival: {arrivalAt}; access to asylum: {transfer.asylumProcedureAvailable}).',
        es: 'La persona fue retenida en {receivingFacility.name} sin una decisión individual y motivada sobre su situación dentro de los {statusDecisionDays} días siguientes a su llegada o sin acceso al asilo (decisión: {transfer.statusDecisionAt}; llegada: {arrivalAt}; acceso al asilo: {transfer.asylumProcedureAvailable}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was held at {receivingFacility.name}, but the bundle does not say whether a timely status decision was made and asylum was accessible.',
        es: 'La persona fue retenida en {receivingFacility.name}, pero el expediente no indica si se dictó a tiempo la decisión sobre su situación ni si tuvo acceso al asilo.',
      },
    },
  },
};
