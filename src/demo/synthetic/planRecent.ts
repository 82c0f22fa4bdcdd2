import type { IdentityProfile } from './identity.js';
import type { Scenario } from './scenario.js';
import {
  aeaNoticeInColorado,
  arrivedInCostaRica,
  thirdCountryNoticeHoursAgo,
  thirdCountryNoticeYesterday,
} from './scenarios/recentNotices.js';
import {
  appealRecentlyDismissed,
  heldAfterFinalOrder,
  orderInsideAppealWindow,
} from './scenarios/recentOrders.js';

const ORDERED_HOME: IdentityProfile = {
  nationalities: [
    ['HND', 25],
    ['GTM', 25],
    ['MEX', 20],
    ['SLV', 15],
    ['VEN', 15],
  ],
  femaleShare: 0.2,
  birthYears: [1970, 2004],
  counselShare: 0.5,
};

/** Nationals of countries that take few of their nationals back: the people held after a final order. */
const NOT_TAKEN_BACK: IdentityProfile = {
  nationalities: [
    ['CUB', 30],
    ['VNM', 25],
    ['LAO', 20],
    ['CHN', 15],
    ['IRN', 10],
  ],
  femaleShare: 0.1,
  birthYears: [1960, 1998],
  counselShare: 0.5,
};

/**
 * The recent cases: fictional persons whose facts are dated back from the seeding time, so that the demo always
 * shows legal clocks running (the 2025 cases' clocks all ran out long ago). Each scenario opens its own clocks, at
 * any anchor; the scenario files say which and how much time is left. They come after the 2025 scenarios, so
 * those keep their persons and ids.
 */
export const RECENT_SCENARIOS: readonly Scenario[] = [
  {
    name: 'recent_order_inside_appeal_window',
    count: 2,
    profile: ORDERED_HOME,
    build: orderInsideAppealWindow,
  },
  {
    name: 'recent_appeal_dismissed',
    count: 2,
    profile: ORDERED_HOME,
    build: appealRecentlyDismissed,
  },
  { name: 'recent_held_after_final_order', count: 2, profile: NOT_TAKEN_BACK, build: heldAfterFinalOrder },
  {
    name: 'recent_third_country_notice_yesterday',
    count: 2,
    profile: NOT_TAKEN_BACK,
    build: thirdCountryNoticeYesterday,
  },
  {
    name: 'recent_third_country_notice_hours_ago',
    count: 1,
    profile: NOT_TAKEN_BACK,
    build: thirdCountryNoticeHoursAgo,
  },
  {
    name: 'recent_costa_rica_arrival',
    count: 2,
    profile: {
      nationalities: [
        ['AFG', 30],
        ['IRN', 25],
        ['UZB', 25],
        ['CHN', 20],
      ],
      femaleShare: 0.3,
      birthYears: [1975, 2004],
      counselShare: 0.1,
    },
    build: arrivedInCostaRica,
  },
  {
    name: 'recent_aea_notice_colorado',
    count: 1,
    profile: { nationalities: [['VEN', 1]], femaleShare: 0, birthYears: [1980, 2004], counselShare: 0.6 },
    build: aeaNoticeInColorado,
  },
];
