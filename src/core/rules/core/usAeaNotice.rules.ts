import type { RuleDefinition } from '../types.js';

/**
 * The Alien Enemies Act rules that turn on notice and on where the person was held (RULES.md): data only.
 *
 * Districts are data: a rule's windows named `district:<district as the Bluebook writes it>` say where (and,
 * when dated, from when) a district-specific requirement applies, so a new district order, or the end of one, is
 * a change of the pack, not of the predicates.
 */

const JGG_NOTICE = 'Trump v. J.G.G., No. 24A931 (U.S. 2025-04-07)';
const JGG_MERITS = 'J.G.G. v. Trump, No. 25-cv-766 (D.D.C. 2025-12-22)';
const AARP_NOTICE = 'A.A.R.P. v. Trump, No. 24A1007 (U.S. 2025-05-16)';

/** US-AEA-NOTICE: every AEA removal; Δ = departure − service of the notice. */
export const AEA_NOTICE: RuleDefinition = {
  id: 'US-AEA-NOTICE',
  title: {
    en: 'Notice before removal under the Alien Enemies Act',
    es: 'Notificación previa a la expulsión en virtud de la Ley de Enemigos Extranjeros',
  },
  jurisdiction: 'US',
  windows: { 'district:D. Colo.': {}, 'district:W.D. Pa.': {} },
  thresholds: { minimumNoticeHours: 24, districtNoticeDays: 21 },
  authorityStatus: 'binding',
  requires: {
    en: 'A person designated under the Alien Enemies Act is entitled to notice, before removal, that allows them actually to seek habeas relief in the proper court: at least {minimumNoticeHours} hours ahead and explaining how to challenge the removal, and at least {districtNoticeDays} days ahead for people held in {noticeDistricts} (as the district courts there require).',
    es: 'La persona designada conforme a la Ley de Enemigos Extranjeros tiene derecho a una notificación, previa a la expulsión, que le permita solicitar efectivamente un hábeas corpus ante el tribunal competente: con al menos {minimumNoticeHours} horas de antelación y explicando cómo impugnar la expulsión, y con al menos {districtNoticeDays} días para quienes estén detenidos en {noticeDistricts} (según exigen los tribunales de distrito correspondientes).',
  },
  citations: [JGG_NOTICE, JGG_MERITS],
  outcomes: {
    noNotice: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act on {transfer.departureAt} with no notice served on them before departure.',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros el {transfer.departureAt} sin que se le notificara nada antes de la salida.',
      },
    },
    underMinimumNotice: {
      severity: 'violation',
      explanation: {
        en: 'Notice was served {noticeHours} hours before departure ({notice.servedAt}), less than {minimumNoticeHours} hours: too little time actually to seek habeas relief.',
        es: 'La notificación se practicó {noticeHours} horas antes de la salida ({notice.servedAt}), menos de {minimumNoticeHours} horas: un plazo insuficiente para solicitar efectivamente un hábeas corpus.',
      },
      citations: [AARP_NOTICE, JGG_NOTICE],
    },
    noHowToChallenge: {
      severity: 'violation',
      explanation: {
        en: 'The notice served on {notice.servedAt} did not explain how to challenge the designation or the removal (explains how: {notice.explainsHowToChallenge}).',
        es: 'La notificación practicada el {notice.servedAt} no explicaba cómo impugnar la designación o la expulsión (lo explica: {notice.explainsHowToChallenge}).',
      },
      citations: [AARP_NOTICE, JGG_NOTICE],
    },
    underDistrictNotice: {
      severity: 'violation',
      explanation: {
        en: 'The person was held in {heldIn}, where at least {districtNoticeDays} days of notice are required, and notice was served only {noticeHours} hours before departure ({notice.servedAt}).',
        es: 'La persona estaba detenida en {heldIn}, donde se exige una notificación con al menos {districtNoticeDays} días de antelación, y esta se practicó solo {noticeHours} horas antes de la salida ({notice.servedAt}).',
      },
    },
    shortNotice: {
      severity: 'warning',
      explanation: {
        en: 'Notice was served {noticeHours} hours before departure ({notice.servedAt}): at least {minimumNoticeHours} hours, but less than the {districtNoticeDays} days some courts require to seek habeas relief (held in: {heldIn}).',
        es: 'La notificación se practicó {noticeHours} horas antes de la salida ({notice.servedAt}): al menos {minimumNoticeHours} horas, pero menos de los {districtNoticeDays} días que algunos tribunales exigen para solicitar un hábeas corpus (lugar de detención: {heldIn}).',
      },
    },
    howToChallengeUnknown: {
      severity: 'info',
      explanation: {
        en: 'The bundle does not say whether the notice served on {notice.servedAt} explained how to challenge the removal.',
        es: 'El expediente no indica si la notificación practicada el {notice.servedAt} explicaba cómo impugnar la expulsión.',
      },
    },
    districtUnknown: {
      severity: 'info',
      explanation: {
        en: 'Notice was served {noticeHours} hours before departure; where the person was held at departure is not recorded, and in {noticeDistricts} less than {districtNoticeDays} days of notice is a violation.',
        es: 'La notificación se practicó {noticeHours} horas antes de la salida; no consta dónde estaba detenida la persona al salir, y en {noticeDistricts} una antelación inferior a {districtNoticeDays} días constituye una vulneración.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act, but without the facts listed below it cannot be told whether they were given notice in time.',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros, pero sin los hechos que se indican no puede saberse si se le notificó a tiempo.',
      },
    },
  },
};

/** US-AEA-AARP-INJ: the Supreme Court's order of 2025-04-19 for the putative class held in N.D. Tex. */
export const AARP_INJUNCTION: RuleDefinition = {
  id: 'US-AEA-AARP-INJ',
  title: {
    en: 'Removal of an N.D. Tex. detainee against the A.A.R.P. v. Trump order',
    es: 'Expulsión de una persona detenida en el N.D. Tex. contraria a la orden de A.A.R.P. v. Trump',
  },
  jurisdiction: 'US',
  windows: { 'district:N.D. Tex.': { from: '2025-04-19T05:00:00Z' } },
  thresholds: {},
  authorityStatus: 'binding',
  requires: {
    en: "From {orderFrom}, the Supreme Court's order in A.A.R.P. v. Trump bars removing under the Alien Enemies Act any member of the putative class of detainees held in {enjoinedDistricts} until further order of the Court.",
    es: 'Desde el {orderFrom}, la orden del Tribunal Supremo en A.A.R.P. v. Trump prohíbe expulsar en virtud de la Ley de Enemigos Extranjeros a cualquier miembro del grupo provisional de personas detenidas en {enjoinedDistricts} hasta nueva orden del Tribunal.',
  },
  citations: ['A.A.R.P. v. Trump, No. 24A1007 (U.S. 2025-04-19) (order)'],
  outcomes: {
    heldInEnjoinedDistrict: {
      severity: 'violation',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act on {transfer.departureAt} while held in {heldIn}, where the order barred it.',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros el {transfer.departureAt} estando detenida en {heldIn}, donde la orden lo prohibía.',
      },
    },
    unknown: {
      severity: 'info',
      explanation: {
        en: 'The person was removed under the Alien Enemies Act on {transfer.departureAt}, but without the facts listed below it cannot be told whether they were held in {enjoinedDistricts}.',
        es: 'La persona fue expulsada en virtud de la Ley de Enemigos Extranjeros el {transfer.departureAt}, pero sin los hechos que se indican no puede saberse si estaba detenida en {enjoinedDistricts}.',
      },
    },
  },
};
