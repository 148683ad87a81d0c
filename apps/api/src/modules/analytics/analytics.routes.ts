import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../../auth/route';
import { problemResponses } from '../../lib/schemas';
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
    {
      config: { ...access.tenant('journal:read'), heavy: true },
      schema: {
        operationId: 'getAnalyticsSummary',
        tags,
        summary: 'Every journal metric over closed trades',
        querystring: FiltersQuery,
        response: { 200: Summary, ...problemResponses },
      },
    },
    async (req) => services.analytics.summary(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/equity',
    {
      config: { ...access.tenant('journal:read'), heavy: true },
      schema: {
        operationId: 'getAnalyticsEquity',
        tags,
        summary: 'Equity curve with drawdown, one point per closed trade',
        description:
          'Long series are evenly downsampled to `maxPoints`, keeping the last point and the deepest drawdown.',
        querystring: EquityQuery,
        response: { 200: Equity, ...problemResponses },
      },
    },
    async (req) => services.analytics.equity(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/daily',
    {
      config: { ...access.tenant('journal:read'), heavy: true },
      schema: {
        operationId: 'getAnalyticsDaily',
        tags,
        summary: 'P&L per calendar day of closing (for the calendar)',
        querystring: FiltersQuery,
        response: { 200: Daily, ...problemResponses },
      },
    },
    async (req) => services.analytics.daily(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/analytics/breakdown',
    {
      config: { ...access.tenant('journal:read'), heavy: true },
      schema: {
        operationId: 'getAnalyticsBreakdown',
        tags,
        summary: 'Metrics per symbol, side, tag, setup, mistake, weekday, hour or holding time',
        querystring: BreakdownQuery,
        response: { 200: Breakdown, ...problemResponses },
      },
    },
    async (req) => services.analytics.breakdown(tenantPrincipal(req), req.query.by, req.query),
  );
};
