import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { ListTradesQuery, Trade, TradeDetail, TradeIdParams } from './trades.schemas';

const tags = ['Trades'];

export const tradesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/v1/trades',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'listTrades',
      tags,
      summary: 'Trades, filtered and sorted',
      description:
        '`from`/`to` select trades by when they ended (open trades: when they started). Without `accountId`, ' +
        'archived accounts are left out. Money is in each trade’s currency.',
      querystring: ListTradesQuery,
      response: { 200: pageOf(Trade) },
    }),
    async (req) => services.trades.list(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/trades/:tradeId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getTrade',
      tags,
      summary: 'A trade with its executions',
      params: TradeIdParams,
      response: { 200: TradeDetail },
    }),
    async (req) => services.trades.get(tenantPrincipal(req), req.params.tradeId),
  );
};
