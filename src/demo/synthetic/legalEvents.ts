import type { LegalEventDraft } from './facts.js';
import { dayOf } from './time.js';

/**
 * Builders for the legal events of the fictional cases, in the shapes of the case bundle (RULES.md). Instants are
 * written with offsets; each event's date is the local day of its main instant, as a docket would list it.
 */

/** One member of the legal-event union, so that its own optional fields can be set. */
type Draft<T extends LegalEventDraft['type']> = Extract<LegalEventDraft, { type: T }>;

type Authority = 'INA240' | 'ER235b1' | 'REINST241a5' | '238b' | 'AEA' | 'NONE';

export function removalOrder(
  authority: Authority,
  issuedAt: string,
  finalAt: string | null,
  countriesNamed: string[],
  appealWaived?: boolean,
): LegalEventDraft {
  const event: LegalEventDraft = {
    type: 'removal_order',
    date: dayOf(issuedAt),
    authority,
    issuedAt,
    finalAt,
  };
  if (countriesNamed.length > 0) event.countriesNamed = countriesNamed;
  if (appealWaived !== undefined) event.appealWaived = appealWaived;
  return event;
}

export function appeal(filedAt: string, decidedAt: string | null): LegalEventDraft {
  return { type: 'appeal', date: dayOf(filedAt), forum: 'BIA', filedAt, decidedAt };
}

export function stay(
  kind: 'judicial' | 'administrative' | 'automatic',
  from: string,
  court?: string,
): LegalEventDraft {
  const event: Draft<'stay'> = { type: 'stay', date: dayOf(from), stayKind: kind, from, to: null };
  if (court) event.court = court;
  return event;
}

export function petitionForReview(court: string, filedAt: string): LegalEventDraft {
  return { type: 'petition_for_review', date: dayOf(filedAt), court, filedAt };
}

export function protectionGrant(
  grantType: 'INA241b3' | 'CAT_withholding' | 'CAT_deferral' | 'asylum',
  country: string,
  grantedAt: string,
): LegalEventDraft {
  return { type: 'protection_grant', date: grantedAt, grantType, country, grantedAt, terminatedAt: null };
}

export interface NoticeFacts {
  kind: 'removal' | 'third_country' | 'aea';
  servedAt: string;
  toCounsel: boolean;
  language: string;
  namesCountry?: string;
  explainsHowToChallenge?: boolean;
}

export function notice(facts: NoticeFacts): LegalEventDraft {
  const event: Draft<'notice_served'> = {
    type: 'notice_served',
    date: dayOf(facts.servedAt),
    noticeKind: facts.kind,
    servedAt: facts.servedAt,
    toPerson: true,
    toCounsel: facts.toCounsel,
    language: facts.language,
  };
  if (facts.namesCountry) event.namesCountry = facts.namesCountry;
  if (facts.explainsHowToChallenge !== undefined) event.explainsHowToChallenge = facts.explainsHowToChallenge;
  return event;
}

export function fearClaim(raisedAt: string, country: string): LegalEventDraft {
  return { type: 'fear_claim', date: dayOf(raisedAt), raisedAt, country };
}

export function screening(
  kind: 'credible_fear' | 'reasonable_fear' | 'third_country_fear',
  country: string,
  referredAt: string,
  decision: { at: string; outcome: 'positive' | 'negative' } | null,
): LegalEventDraft {
  return {
    type: 'screening',
    date: dayOf(decision?.at ?? referredAt),
    screeningKind: kind,
    country,
    referredAt,
    decidedAt: decision?.at ?? null,
    outcome: decision?.outcome ?? null,
  };
}

export function habeasPetition(court: string, filedAt: string, docket: string): LegalEventDraft {
  return { type: 'habeas_petition', date: dayOf(filedAt), court, filedAt, docket };
}

export function reopenMotion(filedAt: string, by: 'DHS' | 'person'): LegalEventDraft {
  return { type: 'reopen_motion', date: dayOf(filedAt), filedAt, by };
}

export function assurance(
  country: string,
  kind: 'blanket' | 'individual',
  deemedCredibleAt: string,
): LegalEventDraft {
  return { type: 'assurance', date: dayOf(deemedCredibleAt), country, assuranceKind: kind, deemedCredibleAt };
}

export function aeaDesignation(designatedAt: string): LegalEventDraft {
  return { type: 'aea_designation', date: dayOf(designatedAt), designatedAt };
}

/** J.G.G. v. Trump: the class-wide order of 2025-03-15, oral 22:45Z and written 23:26Z, vacated 2025-04-07. */
export function jggOrder(): LegalEventDraft {
  return {
    type: 'court_order',
    date: '2025-03-15',
    orderKey: 'jgg-class-tro',
    case: 'J.G.G. v. Trump, No. 25-cv-766',
    court: 'D.D.C.',
    orderKind: 'temporary_restraining_order',
    oralAt: '2025-03-15T22:45:00Z',
    writtenAt: '2025-03-15T23:26:00Z',
    scope: 'aea_designees',
    stayedAt: null,
    vacatedAt: '2025-04-07T00:00:00Z',
  };
}

/** A.A.R.P. v. Trump: the Supreme Court's order of 2025-04-19 (about 05:00Z) for AEA designees held in N.D. Tex. */
export function aarpOrder(): LegalEventDraft {
  return {
    type: 'court_order',
    date: '2025-04-19',
    orderKey: 'aarp-scotus',
    case: 'A.A.R.P. v. Trump, No. 24A1007',
    court: 'U.S.',
    orderKind: 'injunction',
    writtenAt: '2025-04-19T05:00:00Z',
    scope: 'aea_designees',
    stayedAt: null,
    vacatedAt: null,
    note: 'Directs the government not to remove members of the putative class held in N.D. Tex.',
  };
}

/** D.V.D. v. DHS: TRO of 2025-03-28, preliminary injunction of 2025-04-18, stayed by the Supreme Court 2025-06-23. */
export function dvdOrder(kind: 'tro' | 'injunction'): LegalEventDraft {
  const tro = kind === 'tro';
  return {
    type: 'court_order',
    date: tro ? '2025-03-28' : '2025-04-18',
    orderKey: tro ? 'dvd-tro' : 'dvd-pi',
    case: 'D.V.D. v. DHS, No. 1:25-cv-10676',
    court: 'D. Mass.',
    orderKind: tro ? 'temporary_restraining_order' : 'preliminary_injunction',
    writtenAt: tro ? '2025-03-28T00:00:00Z' : '2025-04-18T00:00:00Z',
    scope: 'class_c',
    stayedAt: tro ? null : '2025-06-23T00:00:00Z',
    vacatedAt: null,
    note: tro ? 'Superseded by the preliminary injunction of 2025-04-18.' : undefined,
  };
}
