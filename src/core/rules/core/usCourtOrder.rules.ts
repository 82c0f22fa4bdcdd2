import type { Bilingual, OutcomeDefinition, RuleDefinition } from '../types.js';

/**
 * The outcomes of one way of defying an order, and the same noted with the order's later stay or vacatur: that
 * does not cure the violation, but the finding carries it in its words and authority status (RULES.md).
 */
function withLaterEnd(name: string, definition: OutcomeDefinition): Record<string, OutcomeDefinition> {
  const note = (text: Bilingual, en: string, es: string): Bilingual => ({
    en: `${text.en} ${en}`,
    es: `${text.es} ${es}`,
  });
  return {
    [name]: definition,
    [`${name}LaterStayed`]: {
      ...definition,
      authorityStatus: 'stayed',
      explanation: note(
        definition.explanation,
        'The order was stayed afterwards ({order.stayedAt}); that does not cure a removal made while it was in force.',
        'La orden fue suspendida después ({order.stayedAt}); ello no subsana una expulsión realizada mientras estaba vigente.',
      ),
    },
    [`${name}LaterVacated`]: {
      ...definition,
      authorityStatus: 'vacated',
      explanation: note(
        definition.explanation,
        'The order was vacated afterwards ({order.vacatedAt}); that does not cure a removal made while it was in force.',
        'La orden fue anulada después ({order.vacatedAt}); ello no subsana una expulsión realizada mientras estaba vigente.',
      ),
    },
  };
}

/** US-COURT-ORDER: court orders without a rule of their own (J.G.G., A.A.R.P. and D.V.D. have theirs). */
export const COURT_ORDER: RuleDefinition = {
  id: 'US-COURT-ORDER',
  title: {
    en: 'Removal in defiance of a court order',
    es: 'Expulsión en desacato de una orden judicial',
  },
  jurisdiction: 'US',
  windows: {},
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: 'A court order that covers the person (by name, as an Alien Enemies Act designee, or as a class member) binds from the moment it is made until it is stayed or vacated; removing the person, or handing them to a foreign state, while it is in force defies it.',
    es: 'Una orden judicial que alcanza a la persona (nominalmente, como designada conforme a la Ley de Enemigos Extranjeros o como miembro de un grupo) obliga desde que se dicta hasta que se suspende o se anula; expulsar a la persona, o entregarla a un Estado extranjero, mientras está vigente supone desacatarla.',
  },
  // The order itself is the bundle's, named in the finding's facts and words. The catalogue row cites nothing
  // else; this is the holding that an order binds until it is set aside, so a later stay or vacatur cures nothing.
  citations: ['United States v. United Mine Workers of America, 330 U.S. 258 (1947-03-06)'],
  outcomes: {
    ...withLaterEnd('inForce', {
      severity: 'violation',
      explanation: {
        en: 'Court order {order.id} ({order.case}, {order.court}; scope {order.scope}) was in force in writing since {order.writtenAt} when, at {judgedAt}, the person was still in US custody (departure {transfer.departureAt}; hand-over to foreign custody {transfer.custodyTransferAt}).',
        es: 'La orden judicial {order.id} ({order.case}, {order.court}; ámbito {order.scope}) estaba vigente por escrito desde el {order.writtenAt} cuando, el {judgedAt}, la persona seguía bajo custodia estadounidense (salida {transfer.departureAt}; entrega a la custodia extranjera {transfer.custodyTransferAt}).',
      },
    }),
    ...withLaterEnd('oralOnly', {
      severity: 'violation',
      authorityStatus: 'contested',
      contested: true,
      explanation: {
        en: 'Court order {order.id} ({order.case}, {order.court}; scope {order.scope}) had been given orally at {order.oralAt}, but not yet in writing (written: {order.writtenAt}), when, at {judgedAt}, the person was still in US custody (departure {transfer.departureAt}; hand-over to foreign custody {transfer.custodyTransferAt}). Whether an oral order binds before it is written down is disputed.',
        es: 'La orden judicial {order.id} ({order.case}, {order.court}; ámbito {order.scope}) se había dictado oralmente el {order.oralAt}, pero aún no por escrito (por escrito: {order.writtenAt}), cuando, el {judgedAt}, la persona seguía bajo custodia estadounidense (salida {transfer.departureAt}; entrega a la custodia extranjera {transfer.custodyTransferAt}). Se discute si una orden oral obliga antes de constar por escrito.',
      },
    }),
    unknown: {
      severity: 'info',
      explanation: {
        en: 'Court order {order.id} ({order.case}, {order.court}; scope {order.scope}) is recorded, but without the facts listed below it cannot be told whether it covered this removal.',
        es: 'Consta la orden judicial {order.id} ({order.case}, {order.court}; ámbito {order.scope}), pero sin los hechos que se indican no puede saberse si alcanzaba a esta expulsión.',
      },
    },
  },
};
