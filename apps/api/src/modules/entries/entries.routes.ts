import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { readMultipart } from '../../lib/multipart';
import { badRequest } from '../../lib/problems';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { TradeIdParams } from '../trades/trades.schemas';
import {
  Attachment,
  AttachmentForm,
  AttachmentParams,
  DayParams,
  EntryIdParams,
  JournalEntry,
  ListEntriesQuery,
  PutEntryBody,
} from './entries.schemas';
import { MAX_ATTACHMENT_BYTES } from '../../lib/limits';

const tags = ['Journal entries'];

export const entriesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.put(
    '/v1/trades/:tradeId/journal',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'putTradeJournal',
      tags,
      summary: 'Write the journal entry of a trade (creates it or updates the fields sent)',
      description:
        'The entry stays with its trade when trades are rebuilt (matched by instrument and opening time).',
      params: TradeIdParams,
      body: PutEntryBody,
      response: { 200: JournalEntry },
    }),
    async (req) => services.entries.putForTrade(tenantPrincipal(req), req.params.tradeId, req.body),
  );
  app.get(
    '/v1/trades/:tradeId/journal',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getTradeJournal',
      tags,
      summary: 'The journal entry of a trade',
      params: TradeIdParams,
      response: { 200: JournalEntry },
    }),
    async (req) => services.entries.getForTrade(tenantPrincipal(req), req.params.tradeId),
  );
  app.put(
    '/v1/accounts/:accountId/days/:day/journal',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'putDayJournal',
      tags,
      summary: 'Write the journal entry of a trading day',
      params: DayParams,
      body: PutEntryBody,
      response: { 200: JournalEntry },
    }),
    async (req) =>
      services.entries.putForDay(tenantPrincipal(req), req.params.accountId, req.params.day, req.body),
  );
  app.get(
    '/v1/journal-entries',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'listJournalEntries',
      tags,
      summary: 'Journal entries, newest first',
      querystring: ListEntriesQuery,
      response: { 200: pageOf(JournalEntry) },
    }),
    async (req) => services.entries.list(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/journal-entries/:entryId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getJournalEntry',
      tags,
      summary: 'A journal entry',
      params: EntryIdParams,
      response: { 200: JournalEntry },
    }),
    async (req) => services.entries.get(tenantPrincipal(req), req.params.entryId),
  );
  app.delete(
    '/v1/journal-entries/:entryId',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'deleteJournalEntry',
      tags,
      summary: 'Delete a journal entry and its screenshots',
      params: EntryIdParams,
      response: { 204: Type.Null({ description: 'Deleted.' }) },
    }),
    async (req, reply) => {
      await services.entries.remove(tenantPrincipal(req), req.params.entryId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/v1/journal-entries/:entryId/attachments',
    operation({
      config: { ...access.tenant('journal:write'), multipartBody: AttachmentForm, idempotent: false },
      operationId: 'addAttachment',
      tags,
      summary: 'Attach a screenshot (PNG, JPEG, WebP or GIF, up to 10 MB)',
      params: EntryIdParams,
      response: { 201: Attachment },
    }),
    async (req, reply) => {
      const p = tenantPrincipal(req);
      await services.entries.get(p, req.params.entryId);
      const { file } = await readMultipart(req, MAX_ATTACHMENT_BYTES);
      if (!file) {
        throw badRequest('validation-error', 'Invalid request', '/body/file is required', {
          errors: [{ field: '/body/file', message: 'is required' }],
        });
      }
      const att = await services.entries.addAttachment(p, req.params.entryId, {
        filename: file.filename ?? 'screenshot',
        data: file.data,
      });
      return reply.code(201).send(att);
    },
  );
  app.get(
    '/v1/journal-entries/:entryId/attachments/:attachmentId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getAttachment',
      tags,
      summary: 'A screenshot’s image bytes',
      params: AttachmentParams,
      response: {
        200: {
          description: 'The image.',
          content: { 'image/*': { schema: Type.String({ format: 'binary' }) } },
        },
      },
    }),
    async (req, reply) => {
      const a = await services.entries.getAttachment(
        tenantPrincipal(req),
        req.params.entryId,
        req.params.attachmentId,
      );
      return reply
        .type(a.content_type)
        .header('content-disposition', `inline; filename="${a.filename.replace(/[^\w.-]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=3600')
        .send(a.data);
    },
  );
  app.delete(
    '/v1/journal-entries/:entryId/attachments/:attachmentId',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'deleteAttachment',
      tags,
      summary: 'Remove a screenshot',
      params: AttachmentParams,
      response: { 204: Type.Null({ description: 'Deleted.' }) },
    }),
    async (req, reply) => {
      await services.entries.removeAttachment(
        tenantPrincipal(req),
        req.params.entryId,
        req.params.attachmentId,
      );
      return reply.code(204).send(null);
    },
  );
};
