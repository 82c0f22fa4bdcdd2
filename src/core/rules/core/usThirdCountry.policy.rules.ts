import type { RuleDefinition } from '../types.js';

const DHS_GUIDANCE = 'DHS, Guidance Regarding Third Country Removals (memorandum, 2025-03-30)';
const ICE_MEMO =
  "ICE, Third Country Removals Following the Supreme Court's Order in DHS v. D.V.D. (memorandum, 2025-07-09)";

/** US-3C-POLICY-ASSURANCE: what DHS policy allows, said as information, and warned of for blanket assurances. */
export const US_3C_POLICY_ASSURANCE: RuleDefinition = {
  id: 'US-3C-POLICY-ASSURANCE',
  title: {
    en: 'Third-country removal without notice relying on a diplomatic assurance',
    es: 'Expulsión a un tercer país sin notificación, basada en garantías diplomáticas',
  },
  jurisdiction: 'US',
  windows: { dhsGuidance: { from: '2025-03-30T00:00:00Z' } },
  thresholds: {},
  authorityStatus: 'agency_policy',
  requires: {
    en: 'Under DHS policy (guidance of {dhsGuidance.from}, restated by ICE on 2025-07-09), when the State Department deems credible an assurance that people removed to a country will not be persecuted or tortured, the person may be removed there without notice or further procedure; 8 CFR 208.18(c) contemplates assurances about the individual.',
    es: 'Según la política del DHS (directriz del {dhsGuidance.from}, reiterada por el ICE el 2025-07-09), cuando el Departamento de Estado considera creíble la garantía de que las personas expulsadas a un país no serán perseguidas ni torturadas, puede expulsarse a la persona a ese país sin notificación ni otro trámite; el 8 CFR 208.18(c) prevé garantías relativas a la persona concreta.',
  },
  citations: [DHS_GUIDANCE, ICE_MEMO],
  outcomes: {
    policy: {
      severity: 'info',
      explanation: {
        en: 'The person was removed to {transfer.destination} without a third-country notice naming it, relying on an assurance from that country deemed credible on {assurance.deemedCredibleAt}: agency policy allows this.',
        es: 'La persona fue expulsada a {transfer.destination} sin una notificación de tercer país que lo designara, sobre la base de una garantía de ese país considerada creíble el {assurance.deemedCredibleAt}: la política de la agencia lo permite.',
      },
    },
    blanket: {
      severity: 'warning',
      citations: [DHS_GUIDANCE, ICE_MEMO, '8 CFR 208.18(c)'],
      explanation: {
        en: 'The assurance relied on for {transfer.destination} is a blanket one, not an assurance about this person considered under 8 CFR 208.18(c).',
        es: 'La garantía invocada respecto de {transfer.destination} es de carácter general y no una garantía relativa a esta persona examinada conforme al 8 CFR 208.18(c).',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'An assurance from {transfer.destination} deemed credible is recorded, but the bundle does not say whether a third-country notice was served or whether the assurance was individual.',
        es: 'Consta una garantía de {transfer.destination} considerada creíble, pero el expediente no indica si se notificó el tercer país ni si la garantía era individual.',
      },
    },
  },
};

/** US-3C-ICE-NOTICE: the ICE memorandum's notice periods when no credible assurance covers the destination. */
export const US_3C_ICE_NOTICE: RuleDefinition = {
  id: 'US-3C-ICE-NOTICE',
  title: {
    en: 'Notice before a third-country removal under the ICE memorandum',
    es: 'Notificación previa a la expulsión a un tercer país según el memorando del ICE',
  },
  jurisdiction: 'US',
  windows: { iceMemo: { from: '2025-07-09T00:00:00Z' } },
  thresholds: { noticeViolationHours: 6, noticeWarningHours: 24 },
  authorityStatus: 'agency_policy',
  requires: {
    en: 'From {iceMemo.from}, absent a credible assurance, ICE serves notice naming the third country in a language the person understands and ordinarily waits at least {noticeWarningHours} hours before removal; in exigent circumstances, at least {noticeViolationHours} hours if the person has access to counsel.',
    es: 'Desde el {iceMemo.from}, sin una garantía creíble, el ICE notifica el tercer país en un idioma que la persona comprenda y, por regla general, espera al menos {noticeWarningHours} horas antes de la expulsión; en circunstancias urgentes, al menos {noticeViolationHours} horas si la persona tiene acceso a un abogado.',
  },
  citations: [ICE_MEMO],
  outcomes: {
    noNotice: {
      severity: 'warning',
      explanation: {
        en: 'The person was removed to {transfer.destination} without a notice naming that country in a language they understand ({person.languages}).',
        es: 'La persona fue expulsada a {transfer.destination} sin una notificación que designara ese país en un idioma que comprenda ({person.languages}).',
      },
    },
    underMinimum: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed to {transfer.destination} {hoursBetweenNoticeAndDeparture} hours after the notice naming it, less than the {noticeViolationHours} hours the policy allows even in exigent circumstances.',
        es: 'La persona fue expulsada a {transfer.destination} {hoursBetweenNoticeAndDeparture} horas después de la notificación que lo designaba, menos de las {noticeViolationHours} horas que la política admite incluso en circunstancias urgentes.',
      },
    },
    short: {
      severity: 'warning',
      explanation: {
        en: 'The person was removed to {transfer.destination} {hoursBetweenNoticeAndDeparture} hours after the notice naming it, less than {noticeWarningHours} hours, without both exigent circumstances and access to counsel (exigent: {transfer.exigent}; access to counsel: {transfer.attorneyAccess}).',
        es: 'La persona fue expulsada a {transfer.destination} {hoursBetweenNoticeAndDeparture} horas después de la notificación que lo designaba, menos de {noticeWarningHours} horas, sin que concurrieran a la vez circunstancias urgentes y acceso a un abogado (urgencia: {transfer.exigent}; acceso a abogado: {transfer.attorneyAccess}).',
      },
    },
    shortExigent: {
      severity: 'info',
      explanation: {
        en: 'The person was removed to {transfer.destination} {hoursBetweenNoticeAndDeparture} hours after the notice naming it: under {noticeWarningHours} hours, which the policy allows in exigent circumstances when the person has access to counsel, as recorded.',
        es: 'La persona fue expulsada a {transfer.destination} {hoursBetweenNoticeAndDeparture} horas después de la notificación que lo designaba: menos de {noticeWarningHours} horas, lo que la política admite en circunstancias urgentes si la persona tiene acceso a un abogado, como consta.',
      },
    },
    adequate: {
      severity: 'info',
      explanation: {
        en: 'The person was removed to {transfer.destination} {hoursBetweenNoticeAndDeparture} hours after the notice naming it, within the policy.',
        es: 'La persona fue expulsada a {transfer.destination} {hoursBetweenNoticeAndDeparture} horas después de la notificación que lo designaba, conforme a la política.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The bundle does not say enough about the notice naming {transfer.destination} (or about exigency and access to counsel) to measure it against the policy.',
        es: 'El expediente no contiene datos suficientes sobre la notificación que designa {transfer.destination} (o sobre la urgencia y el acceso a un abogado) para contrastarla con la política.',
      },
    },
  },
};

/** US-3C-ICE-FEAR: fear of the third country raised before removal, under the ICE memorandum. */
export const US_3C_ICE_FEAR: RuleDefinition = {
  id: 'US-3C-ICE-FEAR',
  title: {
    en: 'Fear of the third country raised before removal',
    es: 'Temor respecto del tercer país manifestado antes de la expulsión',
  },
  jurisdiction: 'US',
  windows: { iceMemo: { from: '2025-07-09T00:00:00Z' } },
  thresholds: { screeningDecisionHours: 24 },
  authorityStatus: 'agency_policy',
  requires: {
    en: 'From {iceMemo.from}, a person who fears the third country is referred for a screening, ordinarily decided within {screeningDecisionHours} hours, and is not removed there if it finds persecution or torture more likely than not.',
    es: 'Desde el {iceMemo.from}, la persona que manifiesta temor respecto del tercer país es derivada a una evaluación, que por regla general se resuelve en {screeningDecisionHours} horas, y no es expulsada a ese país si se determina que la persecución o la tortura son más probables que no.',
  },
  citations: [ICE_MEMO],
  outcomes: {
    noScreening: {
      severity: 'violation',
      explanation: {
        en: 'The person feared {transfer.destination} (claim raised {fearClaim.raisedAt}) and was removed there with no screening decided before departure.',
        es: 'La persona manifestó temor respecto de {transfer.destination} (el {fearClaim.raisedAt}) y fue expulsada a ese país sin que se resolviera ninguna evaluación antes de la salida.',
      },
    },
    removedDespitePositive: {
      severity: 'violation',
      authorityStatus: 'binding',
      citations: [ICE_MEMO, 'FARRA §2242(a)', 'Convention against Torture, art. 3'],
      explanation: {
        en: 'A {screening.kind} screening decided on {screening.decidedAt} found harm in {transfer.destination} more likely than not, and the person was removed there anyway.',
        es: 'Una evaluación {screening.kind} resuelta el {screening.decidedAt} determinó que el daño en {transfer.destination} era más probable que no, y la persona fue expulsada a ese país de todos modos.',
      },
    },
    lateScreening: {
      severity: 'info',
      explanation: {
        en: 'The {screening.kind} screening about {transfer.destination} was decided {hoursFromReferral} hours after referral, more than the {screeningDecisionHours} hours the policy foresees.',
        es: 'La evaluación {screening.kind} relativa a {transfer.destination} se resolvió {hoursFromReferral} horas después de la derivación, más de las {screeningDecisionHours} horas que prevé la política.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'A fear of {transfer.destination} is recorded, but the bundle does not say enough about its screening to measure it against the policy.',
        es: 'Consta temor respecto de {transfer.destination}, pero el expediente no contiene datos suficientes sobre su evaluación para contrastarla con la política.',
      },
    },
  },
};
