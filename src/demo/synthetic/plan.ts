import { RECENT_SCENARIOS } from './planRecent.js';
import type { Scenario } from './scenario.js';
import { aeaMarchFlight } from './scenarios/cecot.js';
import { salvadoranToCecot, venezuelanUnderIna } from './scenarios/cecotIna.js';
import { removalHome } from './scenarios/homeRemovals.js';
import { aeaHaltedInApril, aeaScheduledLater, awaitingThirdCountryRemoval } from './scenarios/pending.js';
import { centralAmericaFebruary, thirdCountryUnderDvd } from './scenarios/thirdCountryEarly.js';
import { thirdCountryAfterMemo } from './scenarios/thirdCountryLate.js';

const ADULT_MEN = { femaleShare: 0, birthYears: [1975, 2005] } as const;
const VENEZUELANS = { ...ADULT_MEN, nationalities: [['VEN', 1]], counselShare: 0.2 } as const;

/**
 * How many fictional persons each scenario makes. The mix is chosen so that the rule catalogue finds
 * violations, warnings and clean cases in every family, not to mirror real proportions.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'aea_march_flights',
    count: 90,
    // A few persons outside the AEA proclamation (not Venezuelan, or lawful permanent residents).
    profile: {
      ...ADULT_MEN,
      nationalities: [
        ['VEN', 97],
        ['COL', 3],
      ],
      counselShare: 0.15,
    },
    adjust: (_rng, identity, position) => {
      if (position % 30 === 7) identity.lawfulPermanentResident = true;
    },
    build: aeaMarchFlight,
  },
  { name: 'ina_march_flights_venezuelans', count: 25, profile: VENEZUELANS, build: venezuelanUnderIna },
  {
    name: 'salvadorans_to_cecot',
    count: 20,
    profile: { ...ADULT_MEN, nationalities: [['SLV', 1]], counselShare: 0.3 },
    build: salvadoranToCecot,
  },
  { name: 'aea_halted_april', count: 12, profile: VENEZUELANS, build: aeaHaltedInApril },
  {
    name: 'aea_scheduled_later',
    count: 8,
    profile: { ...VENEZUELANS, counselShare: 0.6 },
    build: aeaScheduledLater,
  },
  {
    name: 'removal_home',
    count: 80,
    profile: {
      nationalities: [
        ['HND', 20],
        ['GTM', 20],
        ['MEX', 15],
        ['SLV', 12],
        ['COL', 8],
        ['ECU', 8],
        ['NIC', 6],
        ['VEN', 6],
        ['CUB', 3],
      ],
      femaleShare: 0.2,
      birthYears: [1965, 2006],
    },
    build: removalHome,
  },
  {
    name: 'central_america_february',
    count: 30,
    profile: {
      nationalities: [
        ['AFG', 20],
        ['IRN', 20],
        ['UZB', 20],
        ['CHN', 20],
        ['VNM', 10],
      ],
      femaleShare: 0.35,
      birthYears: [1970, 2006],
      counselShare: 0.05,
    },
    // Families with children were among those sent to Costa Rica: every seventh person is a child, every other
    // one of them recorded as alone (by position, so the demo always has both).
    adjust: (rng, identity, position) => {
      if (position % 7 !== 3) return;
      identity.birth.year = rng.int(2010, 2016);
      identity.unaccompaniedChild = position % 14 === 3;
    },
    build: centralAmericaFebruary,
  },
  {
    name: 'third_country_dvd',
    count: 25,
    profile: {
      nationalities: [
        ['CUB', 25],
        ['VNM', 20],
        ['LAO', 15],
        ['NIC', 10],
        ['VEN', 10],
        ['HND', 10],
        ['GTM', 10],
      ],
      femaleShare: 0.1,
      birthYears: [1960, 2003],
      counselShare: 0.5,
    },
    build: thirdCountryUnderDvd,
  },
  {
    name: 'third_country_after_memo',
    count: 60,
    profile: {
      nationalities: [
        ['CUB', 14],
        ['VNM', 12],
        ['LAO', 10],
        ['JAM', 10],
        ['YEM', 8],
        ['AFG', 8],
        ['IRN', 8],
        ['UZB', 8],
        ['CHN', 8],
        ['NGA', 8],
        ['GMB', 6],
      ],
      femaleShare: 0.08,
      birthYears: [1960, 2004],
      counselShare: 0.4,
    },
    build: thirdCountryAfterMemo,
  },
  {
    name: 'awaiting_third_country',
    count: 10,
    profile: {
      nationalities: [
        ['VNM', 3],
        ['LAO', 2],
        ['CUB', 3],
        ['CHN', 1],
        ['IRN', 1],
      ],
      femaleShare: 0.1,
      birthYears: [1960, 1995],
      counselShare: 0.5,
    },
    build: awaitingThirdCountryRemoval,
  },
  // Last, so that the 2025 persons keep their serials: the cases dated back from the seeding time.
  ...RECENT_SCENARIOS,
];
