/**
 * Puts the service's Hono app on a socket with `@hono/node-server`.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import { createApp, type ServeOptions, type ZmanApp } from './app.js';

/** Options of {@link startServer}: the app's options, and where to listen. */
export interface StartOptions extends ServeOptions {
  /** Port (default 8080; 0 picks a free one). */
  readonly port?: number;
  /** Address to bind (default 127.0.0.1, loopback only). */
  readonly host?: string;
}

/** A listening service. */
export interface RunningServer {
  readonly app: ZmanApp;
  /** The URL it answers at, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening, waits for open requests, stops the workers. */
  close(): Promise<void>;
}

/** Starts the service. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`startServer: option 'port' must be a whole number from 0 to 65535, got ${String(options.port)}`);
  }
  const host = options.host ?? '127.0.0.1';
  let nodeServer: typeof import('@hono/node-server');
  try {
    nodeServer = await import('@hono/node-server');
  } catch {
    throw new Error('zman serve needs hono and @hono/node-server: npm install hono @hono/node-server');
  }
  const app = await createApp(options);
  const server = nodeServer.createAdaptorServer({ fetch: app.fetch, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    app,
    url: `http://${shown}:${address.port}`,
    port: address.port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await app.close();
    },
  };
}
