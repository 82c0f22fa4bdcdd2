import type { RuleDefinition } from '../types.js';
import { AARP_INJUNCTION, AEA_NOTICE } from './usAeaNotice.rules.js';

/** Alien Enemies Act rules of pack `core` (RULES.md): data only; predicates in usAea.predicates.ts. */

const JGG_VACATED = '2025-04-07T00:00:00Z';
const JGG_VACATUR = 'Trump v. J.G.G., No. 24A931 (U.S. 2025-04-07)';

/** US-AEA-SCOPE: who Proclamation 10903 reaches, and the unsettled validity of the invocation itself. */
const AEA_SCOPE: RuleDefinition = {
  id: 'US-AEA-SCOPE',
  title: {
    en: 'Removal under the Alien Enemies Act',
    es: 'Expulsión en virtud de la Ley de Enemigos Extranjeros',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: { minimumAgeYears: 14 },
  authorityStatus: 'binding',
  requires: {
    en: 'The Alien Enemies Act reaches only natives, citizens, denizens or subjects of the hostile nation, of the age set by the Act, who are not naturalized; Proclamation 10903 applies it to Venezuelan nationals aged {minimumAgeYears} or over who are neither lawful permanent residents nor US citizens.',
    es: 'La Ley de Enemigos Extranjeros solo alcanza a los naturales, ciudadanos, residentes o súbditos de la nación hostil, de la edad que fija la ley, que no estén naturalizados; la Proclamación 10903 la aplica a los nacionales venezolanos de {minimumAgeYears} años o más que no sean residentes permanentes legales ni ciudadanos estadounidenses.',
  },
  citations: ['50 U.S.C. §21', 'Proclamation 10903 of 2025-03-14, 90 Fed. Reg. 13033 (2025-03-20)'],
  outcomes: {
    outsideProclamation: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act though outside Proclamation 10903 (nationalities: {person.nationalities}; under {minimumAgeYears} at departure: {underMinimumAgeAtDeparture}; lawful permanent resident: {person.lawfulPermanentResident}; US citizen: {person.usCitizen}).',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros pese a quedar fuera de la Proclamación 10903 (nacionalidades: {person.nationalities}; menor de {minimumAgeYears} años a la salida: {underMinimumAgeAtDeparture}; residente permanente legal: {person.lawfulPermanentResident}; ciudadano estadounidense: {person.usCitizen}).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act, but without the facts listed below it cannot be told whether Proclamation 10903 reached them.',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros, pero sin los hechos que se indican no puede saberse si la Proclamación 10903 la alcanzaba.',
      },
    },
    invocationContested: {
      severity: 'warning',
      authorityStatus: 'contested',
      contested: true,
      explanation: {
        en: 'Every removal under the Alien Enemies Act rests on an invocation whose validity is unsettled: a Fifth Circuit panel held on 2025-09-02 that there was no invasion or predatory incursion, and its decision was vacated for rehearing en banc.',
        es: 'Toda expulsión en virtud de la Ley de Enemigos Extranjeros descansa en una invocación cuya validez no está resuelta: un panel del Quinto Circuito resolvió el 2025-09-02 que no existía invasión ni incursión predatoria, y su decisión quedó sin efecto para ser reexaminada por el pleno del tribunal (en banc).',
      },
      citations: [
        'W.M.M. v. Trump, No. 25-10534 (5th Cir. 2025-09-02), vacated for rehearing en banc (5th Cir. 2025-09-30)',
      ],
    },
  },
};

/**
 * US-AEA-JGG-TRO: the orders of 2025-03-15 as windows (from inclusive, to exclusive), each ending at the vacatur.
 * Every finding carries the vacatur (authority status `vacated`): it does not cure what was done before it.
 */
const JGG_TRO: RuleDefinition = {
  id: 'US-AEA-JGG-TRO',
  title: {
    en: 'Removal against the J.G.G. v. Trump restraining orders',
    es: 'Expulsión contraria a las órdenes de restricción temporal de J.G.G. v. Trump',
  },
  jurisdiction: 'US',
  windows: {
    namedPlaintiffs: { from: '2025-03-15T13:40:00Z', to: JGG_VACATED },
    oralOrder: { from: '2025-03-15T22:45:00Z', to: JGG_VACATED },
    writtenOrder: { from: '2025-03-15T23:26:00Z', to: JGG_VACATED },
  },
  thresholds: {},
  authorityStatus: 'vacated',
  requires: {
    en: 'In J.G.G. v. Trump the District Court for the District of Columbia barred removal under the Alien Enemies Act of the five named plaintiffs from {namedPlaintiffsFrom}, and of every designee by oral order at {oralOrderFrom} and written order at {writtenOrderFrom}; the orders were vacated on {vacatedAt}, which does not cure a removal made while they were in force.',
    es: 'En J.G.G. v. Trump, el Tribunal de Distrito del Distrito de Columbia prohibió expulsar en virtud de la Ley de Enemigos Extranjeros a los cinco demandantes nominales desde el {namedPlaintiffsFrom}, y a toda persona designada mediante orden oral del {oralOrderFrom} y orden escrita del {writtenOrderFrom}; las órdenes se anularon el {vacatedAt}, lo que no subsana una expulsión realizada mientras estaban vigentes.',
  },
  citations: [
    'J.G.G. v. Trump, No. 25-cv-766 (D.D.C.), temporary restraining orders of 2025-03-15',
    JGG_VACATUR,
  ],
  outcomes: {
    departedUnderWrittenOrder: {
      severity: 'violation',
      contested: false,
      explanation: {
        en: 'The person (named plaintiff: {namedPlaintiff}; AEA designee: {aeaDesignee}) departed on {transfer.departureAt}, while the written J.G.G. order covering them, in force from {orderFrom}, barred their removal.',
        es: 'La persona (demandante nominal: {namedPlaintiff}; designada conforme a la ley: {aeaDesignee}) salió el {transfer.departureAt}, cuando la orden escrita de J.G.G. que la alcanzaba, vigente desde el {orderFrom}, prohibía su expulsión.',
      },
    },
    departedUnderOralOrder: {
      severity: 'violation',
      contested: true,
      explanation: {
        en: 'The designee departed on {transfer.departureAt}, after the oral order of {oralOrderFrom} barring the removal of every designee and before its written version of {writtenOrderFrom}; whether the oral order bound the government before it was written down is disputed.',
        es: 'La persona designada salió el {transfer.departureAt}, después de la orden oral del {oralOrderFrom} que prohibía expulsar a toda persona designada y antes de su versión escrita del {writtenOrderFrom}; se discute si la orden oral obligaba al Gobierno antes de constar por escrito.',
      },
    },
    handedOverAfterOrder: {
      severity: 'violation',
      contested: true,
      explanation: {
        en: 'The person (named plaintiff: {namedPlaintiff}; AEA designee: {aeaDesignee}) departed on {transfer.departureAt}, before the J.G.G. order covering them ({orderFrom}), but was handed to foreign custody on {transfer.custodyTransferAt}, after it; whether the order required bringing back flights already in the air is disputed.',
        es: 'La persona (demandante nominal: {namedPlaintiff}; designada conforme a la ley: {aeaDesignee}) salió el {transfer.departureAt}, antes de la orden de J.G.G. que la alcanzaba ({orderFrom}), pero fue entregada a la custodia extranjera el {transfer.custodyTransferAt}, después de ella; se discute si la orden obligaba a hacer regresar los vuelos ya en el aire.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was covered by the J.G.G. orders (named plaintiff: {namedPlaintiff}; AEA designee: {aeaDesignee}), but without the facts listed below it cannot be told whether they were removed while the orders were in force.',
        es: 'Las órdenes de J.G.G. alcanzaban a la persona (demandante nominal: {namedPlaintiff}; designada conforme a la ley: {aeaDesignee}), pero sin los hechos que se indican no puede saberse si fue expulsada mientras estaban vigentes.',
      },
    },
  },
};

/** The Alien Enemies Act rules, in catalogue order. */
export const US_AEA_RULES: RuleDefinition[] = [AEA_SCOPE, JGG_TRO, AEA_NOTICE, AARP_INJUNCTION];
