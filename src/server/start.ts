import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { ServerOptions } from './context.js';

export class ServerConfigError extends Error {}

export interface StartOptions extends Omit<ServerOptions, 'token'> {
  store: Store;
  host: string;
  port: number;
  token?: string | null;
}

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
  const app = createApp(options.store, { ...options, token });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Idle keep-alive sockets and refused uploads still being sent would otherwise hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
