import type { Bundle } from './bundle.js';
import type { Bilingual } from './types.js';

/**
 * The legal clocks a person's facts can start, as data: deadlines.ts reads every period, window and list from here,
 * so a new source or an amended period is an edit to this file. Each clock names the fact that anchors it; the
 * comment above each says when it applies and what closes it early (decided in deadlines.clocks.ts).
 */

export type ClockId =
  | 'bia-appeal'
  | 'petition-for-review'
  | 'motion-to-reopen'
  | 'dvd-meaningful-opportunity'
  | 'dvd-negative-fear-finding'
  | 'ice-third-country-notice-24h'
  | 'ice-third-country-notice-6h'
  | 'aea-notice'
  | 'aea-notice-21-days'
  | 'zadvydas'
  | 'costa-rica-status-decision'
  | 'ice-fear-screening-decision';

export type OrderAuthority = NonNullable<NonNullable<Bundle['removalOrder']>['authority']>;

export interface Duration {
  amount: number;
  unit: 'hours' | 'days';
}

export interface ClockDefinition {
  id: ClockId;
  title: Bilingual;
  /** Citation with its date. */
  legalSource: string;
  duration: Duration;
  /** The bundle fact whose instant starts the clock. */
  anchor: string;
  /** Removal orders the clock runs for; an order of unrecorded authority is listed with a note. */
  orderAuthorities?: OrderAuthority[];
  /** Only for a person confined in one of these districts when the anchoring fact happened. */
  districts?: string[];
  /** Only for transfers to this country. */
  destination?: string;
  /** The source's start: a clock whose period ended before it is not listed. */
  inForceFrom?: string;
  /** The source is stayed from this instant: a clock still running then is listed, with the note. */
  stayed?: { from: string; note: Bilingual };
  /** A safeguard before removal: the person's later departure from the United States closes it. */
  closedByRemoval: boolean;
  note?: Bilingual;
}

/** Closed clocks stay listed (open: false) this long after they closed, since lawyers still act on them. */
export const RECENTLY_CLOSED_WINDOW: Duration = { amount: 30, unit: 'days' };

const FILING_NOTE: Bilingual = {
  en: 'Counted in whole days from the recorded instant; rules that move a deadline falling on a weekend or holiday are not applied.',
  es: 'Contado en días completos desde el instante registrado; no se aplican las reglas que trasladan un plazo que vence en fin de semana o festivo.',
};

const DVD_STAY: ClockDefinition['stayed'] = {
  from: '2025-06-23T00:00:00Z',
  note: {
    en: 'The Supreme Court stayed the D.V.D. injunction on 2025-06-23 (DHS v. D.V.D., No. 24A1153): this period is not enforceable while the stay lasts.',
    es: 'El Tribunal Supremo suspendió la medida cautelar D.V.D. el 2025-06-23 (DHS v. D.V.D., No. 24A1153): este plazo no es exigible mientras dure la suspensión.',
  },
};

const ICE_MEMO = 'ICE memorandum on third-country removals after DHS v. D.V.D. (2025-07-09)';
const DVD_CASE = 'D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)';

export const CLOCKS: ClockDefinition[] = [
  // INA §240 orders only; not listed when the appeal was waived; closed by a BIA appeal filed.
  {
    id: 'bia-appeal',
    title: {
      en: 'Appeal to the Board of Immigration Appeals',
      es: 'Recurso ante la Junta de Apelaciones de Inmigración',
    },
    legalSource: '8 CFR 1003.38(b) (as in force 2025)',
    duration: { amount: 30, unit: 'days' },
    anchor: 'removalOrder.issuedAt',
    orderAuthorities: ['INA240'],
    closedByRemoval: false,
    note: {
      en: `The BIA must receive the appeal within the period. ${FILING_NOTE.en}`,
      es: `La BIA debe recibir el recurso dentro del plazo. ${FILING_NOTE.es}`,
    },
  },
  // Orders reviewable in the courts of appeals (not expedited removal, not AEA); closed by a petition filed.
  // Not closed by removal: a petition may be filed from abroad since IIRIRA (1996).
  {
    id: 'petition-for-review',
    title: {
      en: 'Petition for review in the court of appeals',
      es: 'Petición de revisión ante el tribunal de apelaciones',
    },
    legalSource: '8 U.S.C. §1252(b)(1) (IIRIRA, 1996)',
    duration: { amount: 30, unit: 'days' },
    anchor: 'removalOrder.finalAt',
    orderAuthorities: ['INA240', 'REINST241a5', '238b'],
    closedByRemoval: false,
    note: FILING_NOTE,
  },
  // INA §240 orders; closed by a motion the person filed (a DHS motion does not use the person's motion).
  {
    id: 'motion-to-reopen',
    title: { en: 'Motion to reopen', es: 'Moción de reapertura' },
    legalSource: '8 U.S.C. §1229a(c)(7)(C)(i) (IIRIRA, 1996)',
    duration: { amount: 90, unit: 'days' },
    anchor: 'removalOrder.finalAt',
    orderAuthorities: ['INA240'],
    closedByRemoval: false,
    note: {
      en: `No time limit applies to asylum or withholding claims based on changed country conditions (§1229a(c)(7)(C)(ii)). ${FILING_NOTE.en}`,
      es: `No hay plazo para solicitudes de asilo o suspensión basadas en un cambio de las condiciones del país (§1229a(c)(7)(C)(ii)). ${FILING_NOTE.es}`,
    },
  },
  // Any third-country notice; closed by removal.
  {
    id: 'dvd-meaningful-opportunity',
    title: {
      en: 'Meaningful opportunity to raise a CAT claim after a third-country notice (D.V.D.)',
      es: 'Oportunidad real de plantear una solicitud CAT tras un aviso de tercer país (D.V.D.)',
    },
    legalSource: `${DVD_CASE}, remedy order (2025-05-21)`,
    duration: { amount: 10, unit: 'days' },
    anchor: 'notices[kind=third_country].servedAt',
    inForceFrom: '2025-05-21T00:00:00Z',
    stayed: DVD_STAY,
    closedByRemoval: true,
  },
  // A negative reasonable-fear or third-country-fear screening; closed by removal or by the person's motion to
  // reopen, the step this wait exists to allow.
  {
    id: 'dvd-negative-fear-finding',
    title: {
      en: 'Time to seek reopening after a negative fear finding (D.V.D.)',
      es: 'Plazo para pedir la reapertura tras una decisión negativa sobre el temor (D.V.D.)',
    },
    legalSource: `${DVD_CASE}, preliminary injunction (2025-04-18)`,
    duration: { amount: 15, unit: 'days' },
    anchor: 'screenings[outcome=negative].decidedAt',
    inForceFrom: '2025-04-18T00:00:00Z',
    stayed: DVD_STAY,
    closedByRemoval: true,
  },
  // A third-country notice, unless an assurance for the named country was deemed credible by then (the memo
  // then requires no notice); closed by removal.
  {
    id: 'ice-third-country-notice-24h',
    title: {
      en: 'Third-country notice: 24 hours before removal (ICE)',
      es: 'Aviso de tercer país: 24 horas antes de la expulsión (ICE)',
    },
    legalSource: ICE_MEMO,
    duration: { amount: 24, unit: 'hours' },
    anchor: 'notices[kind=third_country].servedAt',
    inForceFrom: '2025-07-09T00:00:00Z',
    closedByRemoval: true,
  },
  // As the 24-hour clock, and not listed when the transfer is recorded as not exigent.
  {
    id: 'ice-third-country-notice-6h',
    title: {
      en: 'Third-country notice in exigent circumstances: 6 hours before removal (ICE)',
      es: 'Aviso de tercer país en circunstancias urgentes: 6 horas antes de la expulsión (ICE)',
    },
    legalSource: ICE_MEMO,
    duration: { amount: 6, unit: 'hours' },
    anchor: 'notices[kind=third_country].servedAt',
    inForceFrom: '2025-07-09T00:00:00Z',
    closedByRemoval: true,
    note: {
      en: 'Only in exigent circumstances, and only if the person could consult counsel.',
      es: 'Solo en circunstancias urgentes y si la persona pudo consultar con su abogado.',
    },
  },
  // Any AEA notice, wherever the person is held (the Supreme Court's floor); closed by removal.
  {
    id: 'aea-notice',
    title: {
      en: 'Notice before removal under the Alien Enemies Act: 24 hours',
      es: 'Aviso previo a la expulsión bajo la Ley de Enemigos Extranjeros: 24 horas',
    },
    legalSource: 'A.A.R.P. v. Trump, No. 24A1007 (U.S., 2025-05-16)',
    duration: { amount: 24, unit: 'hours' },
    anchor: 'notices[kind=aea].servedAt',
    closedByRemoval: true,
    note: {
      en: 'The notice must also say how to challenge the removal.',
      es: 'El aviso también debe indicar cómo impugnar la expulsión.',
    },
  },
  // An AEA notice served while the person was confined in D. Colo. or W.D. Pa.; listed beside the 24-hour clock,
  // since these district orders may fall while the Supreme Court's floor stands. Closed by removal.
  {
    id: 'aea-notice-21-days',
    title: {
      en: 'Notice before removal under the Alien Enemies Act: 21 days (D. Colo., W.D. Pa.)',
      es: 'Aviso previo a la expulsión bajo la Ley de Enemigos Extranjeros: 21 días (D. Colo., W.D. Pa.)',
    },
    legalSource:
      'D.B.U. v. Trump, No. 1:25-cv-01163 (D. Colo., 2025-04-22); A.S.R. v. Trump, No. 3:25-cv-00113 (W.D. Pa., 2025-05-13)',
    duration: { amount: 21, unit: 'days' },
    anchor: 'notices[kind=aea].servedAt',
    districts: ['D. Colo.', 'W.D. Pa.'],
    closedByRemoval: true,
  },
  // Orders under ordinary immigration law (detention under §1231, not the AEA), while the person is recorded as
  // detained after the final order; closed by removal or by release (every confinement ended).
  {
    id: 'zadvydas',
    title: {
      en: 'Presumptively reasonable detention after the final order (Zadvydas)',
      es: 'Detención presuntamente razonable tras la orden firme (Zadvydas)',
    },
    legalSource: 'Zadvydas v. Davis, 533 U.S. 678 (2001-06-28)',
    duration: { amount: 180, unit: 'days' },
    anchor: 'removalOrder.finalAt',
    orderAuthorities: ['INA240', 'ER235b1', 'REINST241a5', '238b'],
    closedByRemoval: true,
    note: {
      en: 'After this period, detention needs a significant likelihood of removal in the reasonably foreseeable future. The removal period may start after the final order (8 U.S.C. §1231(a)(1)(B)).',
      es: 'Pasado este plazo, la detención exige una probabilidad significativa de expulsión en un futuro razonablemente previsible. El periodo de expulsión puede empezar después de la orden firme (8 U.S.C. §1231(a)(1)(B)).',
    },
  },
  // Transfers to Costa Rica, from the hand-over (else the departure); closed by the status decision.
  {
    id: 'costa-rica-status-decision',
    title: {
      en: 'Individual status decision in Costa Rica',
      es: 'Decisión individual sobre la situación migratoria en Costa Rica',
    },
    legalSource: 'Sala Constitucional, Res. 2025-019485 (2025-06-24)',
    duration: { amount: 15, unit: 'days' },
    anchor: 'transfer.custodyTransferAt ?? transfer.departureAt',
    destination: 'CRI',
    closedByRemoval: false,
    note: { en: 'Calendar days from arrival.', es: 'Días naturales desde la llegada.' },
  },
  // A third-country-fear screening referred; closed by its decision or by removal.
  {
    id: 'ice-fear-screening-decision',
    title: {
      en: 'Fear screening decided after referral (ICE)',
      es: 'Decisión de la entrevista de temor tras la remisión (ICE)',
    },
    legalSource: ICE_MEMO,
    duration: { amount: 24, unit: 'hours' },
    anchor: 'screenings[kind=third_country_fear].referredAt',
    inForceFrom: '2025-07-09T00:00:00Z',
    closedByRemoval: true,
  },
];
