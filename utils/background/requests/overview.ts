import { dueNow } from '../../shared/insights/due';
import { buildPortfolio, portfolioSince } from '../../shared/insights/portfolio';
import { recentTouchpoints } from '../db/portfolio-reads';
import { hasLiveAccount, listLive } from '../db/reads';
import { defineRequest } from './define';
import { none } from './schemas';

/** Read-only views over the whole book. */
export const overviewRequests = {
  /** Options page: the portfolio at a glance. */
  getPortfolio: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => {
      const db = await s.db();
      const now = s.clock.now();
      const [accounts, issues, tasks, opportunities, cadenceDays] = await Promise.all([
        listLive(db, 'accounts'),
        listLive(db, 'issues'),
        listLive(db, 'tasks'),
        listLive(db, 'opportunities'),
        s.cadenceDays(),
      ]);
      const touchpoints = await recentTouchpoints(
        db,
        portfolioSince(now),
        accounts.map((a) => a.id),
        now,
      );
      return buildPortfolio({ accounts, touchpoints, issues, tasks, opportunities, cadenceDays, now });
    },
  }),
  /** Sidebar and popup: whether the book has no account yet, for their empty states (nothing else about it). */
  isBookEmpty: defineRequest({
    callers: ['sidebar', 'popup'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => ({
      empty: !(await hasLiveAccount((await s.db()).transaction('accounts').store)),
    }),
  }),
  /** Popup: tasks and promises due today or overdue, renewals in the next 30 days. */
  getDue: defineRequest({
    callers: ['popup'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => {
      const db = await s.db();
      const [tasks, accounts, opportunities] = await Promise.all([
        listLive(db, 'tasks'),
        listLive(db, 'accounts'),
        listLive(db, 'opportunities'),
      ]);
      return dueNow(tasks, accounts, opportunities, s.clock.now());
    },
  }),
  /** Options page: how often each part of each view could not be found, with no personal data. */
  getDetectionReport: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => s.misses.report(),
  }),
};
