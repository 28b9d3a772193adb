import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { serverContext, type ServerOptions } from './context.js';

import { ServerConfigError } from './errors.js';

export { ServerConfigError };

export interface StartOptions extends Omit<ServerOptions, 'token'> {
  store: Store;
  host: string;
  port: number;
  token?: string | null;
  /** Limits on slow clients (tests shorten them); DEFAULT_TIMEOUTS where absent. */
  timeouts?: Partial<ClientTimeouts>;
}

/** How long a client may hold a connection without finishing its part, in milliseconds. */
export interface ClientTimeouts {
  /** From the first byte of a request to the end of its headers: a client sending headers byte by byte (slowloris) is cut off with 408. */
  headers: number;
  /** From the first byte to the end of the body: an upload that stalls or trickles is cut off with 408. Room for a 64 MiB upload at 0.6 MB/s. */
  request: number;
  /** How long an idle keep-alive connection is kept between requests. */
  keepAlive: number;
  /** How often the two limits above are checked (Node checks every 30 s unless told): a cut-off comes up to this late. */
  checkInterval: number;
}

export const DEFAULT_TIMEOUTS: ClientTimeouts = { headers: 10_000, request: 120_000, keepAlive: 5_000, checkInterval: 1_000 };

/** Larger request headers are refused with 431 (Node's default, fixed here so that no command-line flag of Node's widens it). */
export const MAX_HEADER_BYTES = 16 * 1024;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) && ipaddr.process(bare).range() === 'loopback';
}

/** Starts the server; refuses a non-loopback address without a token. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const token = options.token || null;
  if (!isLoopback(options.host) && token === null) {
    throw new ServerConfigError(
      `refusing to listen on ${options.host} without a token: writes would be open to the network (give --token or CORROBORATE_TOKEN, or use 127.0.0.1)`,
    );
  }
  const ctx = serverContext(options.store, { ...options, token });
  const app = createApp(options.store, ctx.options, ctx);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const serverOptions = {
    headersTimeout: timeouts.headers,
    requestTimeout: timeouts.request,
    keepAliveTimeout: timeouts.keepAlive,
    connectionsCheckingInterval: timeouts.checkInterval,
    maxHeaderSize: MAX_HEADER_BYTES,
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port, serverOptions }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: async () => {
          await Promise.all([
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Idle keep-alive sockets and refused uploads still being sent would otherwise hold close() open.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
            ctx.boards.close(),
          ]);
        },
      });
    });
    server.once('error', (error) => {
      void ctx.boards.close();
      reject(error);
    });
  });
}
