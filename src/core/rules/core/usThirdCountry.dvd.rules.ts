import type { Bilingual, RuleDefinition } from '../types.js';

const DVD_CASE = 'D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)';
const TRO = `${DVD_CASE}, temporary restraining order (2025-03-28)`;
const INJUNCTION = `${DVD_CASE}, preliminary injunction (2025-04-18)`;
const REMEDY_ORDER = `${DVD_CASE}, remedy order (2025-05-21)`;
const SUPREME_COURT_STAY =
  'DHS v. D.V.D., No. 24A1153 (U.S., 2025-06-23), stay of the preliminary injunction';

const STAYED_EN =
  ' The injunction has been stayed since {supremeCourtStay.from} (DHS v. D.V.D., No. 24A1153): this is recorded for information, not as a violation.';
const STAYED_ES =
  ' La medida cautelar está suspendida desde el {supremeCourtStay.from} (DHS v. D.V.D., n.º 24A1153): se deja constancia a título informativo, no como violación.';

/** The D.V.D. tests by name, in both languages, for the explanation of a test that could not be decided. */
export const DVD_TESTS: Record<'tro' | 'notice' | 'opportunity' | 'reopen' | 'negativeWait', Bilingual> = {
  tro: {
    en: 'written notice and an opportunity to raise a CAT claim (temporary restraining order)',
    es: 'notificación escrita y oportunidad de invocar la Convención contra la Tortura (orden de restricción temporal)',
  },
  notice: {
    en: 'written notice to the person and to counsel, in a language the person understands',
    es: 'notificación escrita a la persona y a su abogado, en un idioma que la persona comprenda',
  },
  opportunity: {
    en: 'a meaningful opportunity to raise a CAT claim',
    es: 'una oportunidad real de solicitar protección conforme a la Convención contra la Tortura',
  },
  reopen: {
    en: 'a motion to reopen after a positive reasonable-fear finding',
    es: 'una moción de reapertura tras una determinación positiva de temor razonable',
  },
  negativeWait: {
    en: 'the wait after a negative fear finding',
    es: 'el plazo de espera tras una determinación negativa de temor',
  },
};

const NOTICE: Bilingual = {
  en: 'The person was removed to {transfer.destination} without written notice of that country served on them in a language they understand and, if they had counsel, on their counsel (notice to the person in a language they understand: {noticeToPerson}; has counsel: {person.hasCounsel}; notice to counsel: {noticeToCounsel}).',
  es: 'La persona fue expulsada a {transfer.destination} sin que se le notificara por escrito ese país en un idioma que comprenda y, de tener abogado, sin notificarlo a este (notificación a la persona en un idioma que comprende: {noticeToPerson}; tiene abogado: {person.hasCounsel}; notificación al abogado: {noticeToCounsel}).',
};
const OPPORTUNITY: Bilingual = {
  en: 'The person was removed to {transfer.destination} without a meaningful opportunity to raise a CAT claim (days between the written notice and departure: {daysBetweenNoticeAndDeparture}, at least {meaningfulOpportunityDays} required from {remedyOrder.from}; every fear claim about the country decided before departure: {fearClaimsDecided}).',
  es: 'La persona fue expulsada a {transfer.destination} sin una oportunidad real de solicitar protección conforme a la Convención contra la Tortura (días entre la notificación escrita y la salida: {daysBetweenNoticeAndDeparture}, con un mínimo de {meaningfulOpportunityDays} exigido desde el {remedyOrder.from}; toda solicitud de protección por temor respecto de ese país resuelta antes de la salida: {fearClaimsDecided}).',
};
const REOPEN: Bilingual = {
  en: 'A positive reasonable-fear finding about {transfer.destination} was made ({screening.decidedAt}) and the person was removed there without a motion to reopen their proceedings.',
  es: 'Se dictó una determinación positiva de temor razonable respecto de {transfer.destination} ({screening.decidedAt}) y la persona fue expulsada a ese país sin que se presentara una moción de reapertura de su procedimiento.',
};
const NEGATIVE_WAIT: Bilingual = {
  en: 'A negative fear finding about {transfer.destination} was made on {screening.decidedAt} and the person was removed {daysAfterFinding} days later, before the {negativeFindingWaitDays} days the injunction guaranteed to seek reopening.',
  es: 'Se dictó una determinación negativa de temor respecto de {transfer.destination} el {screening.decidedAt} y la persona fue expulsada {daysAfterFinding} días después, antes de los {negativeFindingWaitDays} días que la medida cautelar garantizaba para solicitar la reapertura.',
};

function stayed(text: Bilingual): Bilingual {
  return { en: text.en + STAYED_EN, es: text.es + STAYED_ES };
}

/** US-3C-DVD: the D.V.D. class's safeguards while the court's orders were in force, and for information after. */
export const US_3C_DVD: RuleDefinition = {
  id: 'US-3C-DVD',
  title: {
    en: 'Third-country removal of a D.V.D. class member without the safeguards the court ordered',
    es: 'Expulsión a un tercer país de un miembro de la clase D.V.D. sin las garantías ordenadas por el tribunal',
  },
  jurisdiction: 'US',
  windows: {
    tro: { from: '2025-03-28T00:00:00Z', to: '2025-04-18T00:00:00Z' },
    preliminaryInjunction: { from: '2025-04-18T00:00:00Z', to: '2025-06-23T00:00:00Z' },
    remedyOrder: { from: '2025-05-21T00:00:00Z' },
    supremeCourtStay: { from: '2025-06-23T00:00:00Z' },
  },
  thresholds: { meaningfulOpportunityDays: 10, negativeFindingWaitDays: 15 },
  authorityStatus: 'binding',
  requires: {
    en: 'D.V.D. v. DHS required, before removing a class member to a country not named in their proceedings, written notice of that country to the person and their counsel in a language the person understands and a meaningful opportunity to seek CAT protection; after a positive reasonable-fear finding, a motion to reopen; after a negative one, {negativeFindingWaitDays} days to seek reopening.',
    es: 'D.V.D. v. DHS exigía, antes de expulsar a un miembro de la clase a un país no designado en su procedimiento, notificar por escrito ese país a la persona y a su abogado en un idioma que la persona comprenda y darle una oportunidad real de solicitar protección conforme a la Convención contra la Tortura; tras una determinación positiva de temor razonable, promover la reapertura; tras una negativa, dejar {negativeFindingWaitDays} días para solicitarla.',
  },
  citations: [DVD_CASE, INJUNCTION],
  outcomes: {
    tro: {
      severity: 'violation',
      citations: [TRO],
      explanation: {
        en: 'The person was removed to {transfer.destination} while the temporary restraining order was in force, without written notice of that country or without an opportunity to raise a CAT claim (written notice served on the person: {writtenNoticeServed}; every fear claim about the country decided before departure: {fearClaimsDecided}).',
        es: 'La persona fue expulsada a {transfer.destination} mientras estaba vigente la orden de restricción temporal, sin notificación escrita de ese país o sin oportunidad de invocar la Convención contra la Tortura (notificación escrita a la persona: {writtenNoticeServed}; toda solicitud de protección por temor respecto de ese país resuelta antes de la salida: {fearClaimsDecided}).',
      },
    },
    notice: { severity: 'violation', explanation: NOTICE },
    opportunity: { severity: 'violation', citations: [INJUNCTION, REMEDY_ORDER], explanation: OPPORTUNITY },
    reopen: { severity: 'violation', explanation: REOPEN },
    negativeWait: { severity: 'violation', explanation: NEGATIVE_WAIT },
    noticeStayed: {
      severity: 'info',
      authorityStatus: 'stayed',
      citations: [INJUNCTION, SUPREME_COURT_STAY],
      explanation: stayed(NOTICE),
    },
    opportunityStayed: {
      severity: 'info',
      authorityStatus: 'stayed',
      citations: [INJUNCTION, REMEDY_ORDER, SUPREME_COURT_STAY],
      explanation: stayed(OPPORTUNITY),
    },
    reopenStayed: {
      severity: 'info',
      authorityStatus: 'stayed',
      citations: [INJUNCTION, SUPREME_COURT_STAY],
      explanation: stayed(REOPEN),
    },
    negativeWaitStayed: {
      severity: 'info',
      authorityStatus: 'stayed',
      citations: [INJUNCTION, SUPREME_COURT_STAY],
      explanation: stayed(NEGATIVE_WAIT),
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'Whether the D.V.D. safeguard of {testEn} was met cannot be decided from the bundle; if it was not, the removal was a violation.',
        es: 'Con los datos del expediente no puede determinarse si se respetó la garantía D.V.D. de {testEs}; de no haberse respetado, la expulsión constituyó una violación.',
      },
    },
    unknownStayed: {
      severity: 'info',
      authorityStatus: 'stayed',
      citations: [INJUNCTION, SUPREME_COURT_STAY],
      explanation: stayed({
        en: 'Whether the D.V.D. safeguard of {testEn} was met cannot be decided from the bundle.',
        es: 'Con los datos del expediente no puede determinarse si se respetó la garantía D.V.D. de {testEs}.',
      }),
    },
  },
};
