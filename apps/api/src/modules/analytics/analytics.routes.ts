import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../../auth/route';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import {
  Breakdown,
  BreakdownQuery,
  Daily,
  Equity,
  EquityQuery,
  FiltersQuery,
  Summary,
} from './analytics.schemas';

const tags = ['Analytics'];

export const analyticsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/v1/analytics/summary',
    operation({
      config: { ...access.tenant('journal:read'), heavy: true },
      operationId: 'getAnalyticsSummary',
      tags,
      summary: 'Every journal metric over closed trades',
      querystring: FiltersQuery,
      response: { 200: Summary },
    }),
    async (req) => services.analytics.summary(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/equity',
    operation({
      config: { ...access.tenant('journal:read'), heavy: true },
      operationId: 'getAnalyticsEquity',
      tags,
      summary: 'Equity curve with drawdown, one point per closed trade',
      description:
        'Long series are evenly downsampled to `maxPoints`, keeping the last point and the deepest drawdown.',
      querystring: EquityQuery,
      response: { 200: Equity },
    }),
    async (req) => services.analytics.equity(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/daily',
    operation({
      config: { ...access.tenant('journal:read'), heavy: true },
      operationId: 'getAnalyticsDaily',
      tags,
      summary: 'P&L per calendar day of closing (for the calendar)',
      querystring: FiltersQuery,
      response: { 200: Daily },
    }),
    async (req) => services.analytics.daily(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/breakdown',
    operation({
      config: { ...access.tenant('journal:read'), heavy: true },
      operationId: 'getAnalyticsBreakdown',
      tags,
      summary: 'Metrics per symbol, side, tag, setup, mistake, weekday, hour or holding time',
      querystring: BreakdownQuery,
      response: { 200: Breakdown },
    }),
    async (req) => services.analytics.breakdown(tenantPrincipal(req), req.query.by, req.query),
  );
};
