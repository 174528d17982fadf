/**
 * `zman/serve` — the HTTP service and its web page (surfaces layer: Node only). Hono and
 * `@hono/node-server` are optional peer dependencies, loaded when the service starts.
 *
 * @example
 * import { createApp } from 'zman/serve';
 * const app = await createApp({ workers: 1 });
 * const res = await app.request('/v1/normalize', { method: 'POST', body: 'كوردستان' });
 * (await res.json()).text; // 'کوردستان'
 * await app.close();
 *
 * @module
 */
export { createApp, HttpError } from './app.js';
export type { ServeOptions, SearchIndexLike, ZmanApp } from './app.js';
export { startServer } from './server.js';
export type { RunningServer, StartOptions } from './server.js';
export { openApiDocument } from './openapi.js';
export { TEXT_ENDPOINTS } from './endpoints.js';
