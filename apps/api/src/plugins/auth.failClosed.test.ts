import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';
import { access } from '../auth/route';
import { requireDeclaredAccess } from './auth';

// Access fails closed: a route that does not say who may call it stops the app from starting,
// instead of answering everyone.
describe('a route without declared access', () => {
  const appWith = () => {
    const app = Fastify({ logger: false });
    requireDeclaredAccess(app);
    return app;
  };

  it('refuses to start, naming the route', async () => {
    const app = appWith();
    expect(() => app.get('/v1/forgotten', async () => ({ secret: true }))).toThrow(
      /GET \/v1\/forgotten declares no access/,
    );
  });

  it('also inside a plugin, and with an empty config', async () => {
    const app = appWith();
    const started = (async () => {
      await app.register(async (child) => {
        child.post('/v1/also', { config: {} }, async () => ({}));
      });
      await app.ready();
    })();
    await expect(started).rejects.toThrow(/POST \/v1\/also declares no access/);
  });

  it('starts when every route declares one', async () => {
    const app = appWith();
    app.get('/v1/open', { config: access.public() }, async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject('/v1/open')).json()).toEqual({ ok: true });
    await app.close();
  });
});

describe('the real app', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('starts (every route declares access); the docs UI is public by name; unknown paths are 404', async () => {
    expect((await api.call('GET', '/docs/')).status).toBe(200);
    expect((await api.call('GET', '/openapi.json')).status).toBe(200);
    const missing = await api.call('GET', '/v1/no-such-thing');
    expect(missing.status).toBe(404);
  });
});
