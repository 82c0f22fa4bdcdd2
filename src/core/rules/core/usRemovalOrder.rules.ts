import type { RuleDefinition } from '../types.js';

/** The rules on the removal order itself and on stays of its execution (RULES.md): data only. */

const NKEN = 'Nken v. Holder, 556 U.S. 418 (2009-04-22)';

/** US-FINAL-ORDER: removal under ordinary immigration law needs an order, and a final one. */
export const FINAL_ORDER: RuleDefinition = {
  id: 'US-FINAL-ORDER',
  title: {
    en: 'Removal without a final removal order',
    es: 'Expulsión sin orden de expulsión firme',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: { appealWindowDays: 30 },
  authorityStatus: 'binding',
  requires: {
    en: "Removal under INA §241 requires a final removal order. An immigration judge's order (INA §240) becomes final when the Board of Immigration Appeals decides the appeal or the {appealWindowDays} days to appeal run out, and it is not executed while an appeal can still be filed, unless waived, or is pending.",
    es: 'La expulsión conforme a la INA §241 exige una orden de expulsión firme. La orden de un juez de inmigración (INA §240) adquiere firmeza cuando la Junta de Apelaciones de Inmigración (BIA) resuelve el recurso o vencen los {appealWindowDays} días para interponerlo, y no se ejecuta mientras el recurso pueda aún interponerse, salvo renuncia, o esté pendiente.',
  },
  citations: ['8 U.S.C. §1101(a)(47)(B)', '8 CFR 1003.6(a)', '8 CFR 1003.38(b)'],
  outcomes: {
    noOrder: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed under ordinary immigration law (INA §241) on {transfer.departureAt} without a removal order (order: {removalOrder.authority}; issued: {removalOrder.issuedAt}).',
        es: 'La persona fue expulsada conforme al régimen migratorio ordinario (INA §241) el {transfer.departureAt} sin orden de expulsión (orden: {removalOrder.authority}; dictada: {removalOrder.issuedAt}).',
      },
    },
    orderAfterDeparture: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt}, before the removal order ({removalOrder.authority}) was issued on {removalOrder.issuedAt}.',
        es: 'La persona fue expulsada el {transfer.departureAt}, antes de que se dictara la orden de expulsión ({removalOrder.authority}) el {removalOrder.issuedAt}.',
      },
    },
    insideAppealWindow: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt}, inside the {appealWindowDays} days to appeal the order of {removalOrder.issuedAt} to the Board of Immigration Appeals, without having waived the appeal (waived: {removalOrder.appealWaived}).',
        es: 'La persona fue expulsada el {transfer.departureAt}, dentro de los {appealWindowDays} días para recurrir ante la Junta de Apelaciones de Inmigración la orden del {removalOrder.issuedAt}, sin haber renunciado al recurso (renuncia: {removalOrder.appealWaived}).',
      },
    },
    appealPending: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt} while the appeal filed on {appeal.filedAt} ({appeal.forum}) was pending (decided: {appeal.decidedAt}): the order was not final.',
        es: 'La persona fue expulsada el {transfer.departureAt} mientras estaba pendiente el recurso interpuesto el {appeal.filedAt} ({appeal.forum}) (resuelto: {appeal.decidedAt}): la orden no era firme.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was removed under INA §241, but without the facts listed below it cannot be told whether a final removal order allowed it.',
        es: 'La persona fue expulsada conforme a la INA §241, pero sin los hechos que se indican no puede saberse si una orden de expulsión firme lo permitía.',
      },
    },
  },
};

/** US-STAY: any stay of removal in force at departure; a petition for review alone stays nothing. */
export const STAY: RuleDefinition = {
  id: 'US-STAY',
  title: {
    en: 'Removal while a stay of removal was in force',
    es: 'Expulsión estando vigente una suspensión de la ejecución',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'No one may be removed while a stay of removal is in force: one granted by a court or by the agency, the automatic stay while an appeal to the Board of Immigration Appeals is pending, or the automatic stay on a motion to reopen an order entered in absentia.',
    es: 'Nadie puede ser expulsado mientras esté vigente una suspensión de la ejecución de la expulsión: la concedida por un tribunal o por la administración, la automática mientras esté pendiente un recurso ante la Junta de Apelaciones de Inmigración, o la automática derivada de una moción de reapertura de una orden dictada en ausencia.',
  },
  citations: [NKEN],
  outcomes: {
    stayInForce: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt} while a {stay.kind} stay of removal ({stay.court}) was in force (from {stay.from}; end: {stay.to}).',
        es: 'La persona fue expulsada el {transfer.departureAt} estando vigente una suspensión de la expulsión de tipo {stay.kind} ({stay.court}) (desde el {stay.from}; fin: {stay.to}).',
      },
    },
    appealStay: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt} while the appeal filed on {appeal.filedAt} with the Board of Immigration Appeals was pending (decided: {appeal.decidedAt}); a pending appeal stays removal automatically.',
        es: 'La persona fue expulsada el {transfer.departureAt} mientras estaba pendiente el recurso interpuesto el {appeal.filedAt} ante la Junta de Apelaciones de Inmigración (resuelto: {appeal.decidedAt}); el recurso pendiente suspende automáticamente la expulsión.',
      },
      citations: ['8 CFR 1003.6(a)', NKEN],
    },
    reopenStay: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed on {transfer.departureAt} after filing, on {reopenMotion.filedAt}, a motion to reopen an order entered in absentia, which stays removal automatically while it is pending.',
        es: 'La persona fue expulsada el {transfer.departureAt} después de presentar, el {reopenMotion.filedAt}, una moción de reapertura de una orden dictada en ausencia, que suspende automáticamente la expulsión mientras está pendiente.',
      },
      citations: ['8 U.S.C. §1229a(b)(5)(C)', NKEN],
    },
    petitionOnly: {
      severity: 'info',
      explanation: {
        en: 'A petition for review was filed with {petition.court} on {petition.filedAt}, before the removal on {transfer.departureAt}, and no stay is recorded: a petition for review does not itself stay removal; only a stay granted by the court does.',
        es: 'Se presentó una petición de revisión ante {petition.court} el {petition.filedAt}, antes de la expulsión del {transfer.departureAt}, y no consta suspensión alguna: la petición de revisión no suspende por sí sola la expulsión; solo la suspende el tribunal que la concede.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A stay, an appeal or a motion to reopen is recorded, but without the facts listed below it cannot be told whether it barred the removal.',
        es: 'Consta una suspensión, un recurso o una moción de reapertura, pero sin los hechos que se indican no puede saberse si impedía la expulsión.',
      },
    },
  },
};
