import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { readMultipart } from '../../lib/multipart';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { AccountIdParams } from '../accounts/accounts.schemas';
import {
  ImportFormFields,
  ImportParams,
  ImportReport,
  ListImportsQuery,
  PushExecutionsBody,
  PushResult,
} from './imports.schemas';

const tags = ['Imports'];

/** The problems an import file can answer with (all 422, nothing stored), for the reference. */
const importRefused = {
  description:
    'The file was not imported (nothing stored, dry run or not). `type` says why:\n' +
    '- `https://journalkit.dev/problems/import-unsupported-file`: the file is not a CSV text file; ' +
    '`fileKind` is `pdf`, `spreadsheet` (XLSX, ODS, legacy XLS), `image`, `archive` (zip, gzip…) or `binary` ' +
    '(NUL bytes, UTF-16), and `detail` says what it is in words.\n' +
    '- `https://journalkit.dev/problems/import-format-mismatch`: its header lines are another format’s ' +
    '(`detectedFormat`, a format id; `chosenFormat` the one sent): choose that one. Not checked with a `mapping`.\n' +
    '- `https://journalkit.dev/problems/import-invalid`: rows cannot be read; `errors` lists each as ' +
    '`{line, reason}` (the first 1000) and `errorCount` counts them. Symbols hold letters, digits, spaces and ' +
    '`. / - _ : ^ # & +` (first a letter or digit, at most 64); execution ids (at most 200) and broker ' +
    'accounts (at most 64) do not start with `=`, `+`, `-`, `@`, a tab or a carriage return.',
  content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
};

export const importsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/v1/accounts/:accountId/imports',
    operation({
      // Re-importing a file is idempotent by execution id; a multipart body has no fingerprint to replay by.
      config: { ...access.tenant('journal:write'), multipartBody: ImportFormFields, idempotent: false },
      operationId: 'importFile',
      tags,
      summary: 'Import a broker file',
      description:
        'multipart/form-data with `file` and `format`. A file with any unreadable row answers 422 with every bad ' +
        'row as `{line, reason}` and imports nothing. A file that is no CSV text (a PDF, a workbook, an image, an ' +
        'archive) answers 422 `import-unsupported-file` with `fileKind`; a file in another known format answers ' +
        '422 `import-format-mismatch` with `detectedFormat`. Re-importing inserts nothing and counts duplicates. ' +
        '`dryRun=true` answers 200 with the same report and stores nothing. Large files answer 202 with a job: ' +
        'poll `GET …/imports/{importId}` (or listen to `/v1/events`) for its progress. A job whose server stops ' +
        'before it finishes is run again from the start (by another API process, or when the server is back; ' +
        'nothing is imported twice); after three interrupted attempts it ends `failed` with `failure.code` ' +
        '`import-interrupted` (nothing imported).',
      params: AccountIdParams,
      response: {
        200: ImportReport,
        201: ImportReport,
        202: ImportReport,
        422: importRefused,
      },
    }),
    async (req, reply) => {
      const p = tenantPrincipal(req);
      await services.accounts.get(p, req.params.accountId); // 404 before reading a byte of someone else's upload
      // The form's fields are checked by the service (uploadOfForm: 400 naming each bad field).
      const r = await services.imports.importForm(p, req.params.accountId, await readMultipart(req));
      if (r.kind === 'job') {
        reply.header('location', `/v1/accounts/${req.params.accountId}/imports/${r.report.id}`);
        return reply.code(202).send(r.report);
      }
      return reply.code(r.kind === 'dryRun' ? 200 : 201).send(r.report);
    },
  );
  app.get(
    '/v1/accounts/:accountId/imports',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'listImports',
      tags,
      summary: 'Import history of an account, newest first',
      params: AccountIdParams,
      querystring: ListImportsQuery,
      response: { 200: pageOf(ImportReport) },
    }),
    async (req) => services.imports.list(tenantPrincipal(req), req.params.accountId, req.query),
  );
  app.get(
    '/v1/accounts/:accountId/imports/:importId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getImport',
      tags,
      summary: 'An import and its progress',
      description:
        'A `failed` import says why in `failure` (`import-invalid`, `import-interrupted` — its server stopped ' +
        'before it finished, each of the three times it was tried; upload again — or `import-failed`); nothing ' +
        'of it was imported. A background import reads `running` from its 202 on, also while it waits to be ' +
        'run again after its server stopped.',
      params: ImportParams,
      response: { 200: ImportReport },
    }),
    async (req) => services.imports.get(tenantPrincipal(req), req.params.accountId, req.params.importId),
  );
  app.post(
    '/v1/accounts/:accountId/executions',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'pushExecutions',
      tags,
      summary: 'Push executions (live sync from a broker bridge)',
      description:
        'A batch of up to 10,000 executions, idempotent by `brokerExecutionId`: a repeated one is a duplicate. ' +
        'Trades and analytics update at once and `/v1/events` tells clients.',
      params: AccountIdParams,
      body: PushExecutionsBody,
      response: { 200: PushResult },
    }),
    async (req) => services.imports.push(tenantPrincipal(req), req.params.accountId, req.body),
  );
};
