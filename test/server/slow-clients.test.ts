import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { MAX_HEADER_BYTES } from '../../src/server/start.js';
import { demoServer, getJson } from './support.js';

// Short limits so that the cut-offs come within seconds; the defaults are DEFAULT_TIMEOUTS.
const TIMEOUTS = { headers: 1000, request: 1500, keepAlive: 300, checkInterval: 50 };
/** A cut-off may come one check late, and the machine may be busy. */
const SLACK = 1000;
/** Other clients must be answered well before a slow one is cut off: nothing waits for it. */
const SERVED_WITHIN = TIMEOUTS.headers / 2;
const demo = await demoServer({ timeouts: TIMEOUTS });
const { hostname, port } = new URL(demo.server.url);

interface RawExchange {
  /** Everything the server sent. */
  reply: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfter: number;
  /** Bytes of the request the client managed to send before the server closed. */
  sent: number;
}

/**
 * A client on a raw socket that sends `head` at once and then `drip`, one
 * byte every `everyMs`, until the server closes the connection (or `giveUpMs`).
 */
function slowClient(head: string, drip: string, everyMs: number, giveUpMs = 10_000): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let reply = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept a slow client for ${giveUpMs} ms (sent ${sent} bytes, got ${JSON.stringify(reply.slice(0, 80))})`));
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', () => {}); // a reset after the server's reply is the cut-off itself
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ reply, closedAfter: Date.now() - started, sent });
    });
    socket.on('connect', () => {
      socket.write(head);
      sent += Buffer.byteLength(head);
      let at = 0;
      timer = setInterval(() => {
        if (at >= drip.length || socket.destroyed) return;
        socket.write(drip[at++]!);
        sent++;
      }, everyMs);
    });
  });
}

/** Health checks one after another while `during` runs: the server must answer each at once. */
async function servedMeanwhile(during: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void during.finally(() => (done = true));
  while (!done) {
    const started = Date.now();
    assert.equal((await getJson<{ ok: boolean }>(demo.url('/api/health'))).ok, true);
    times.push(Date.now() - started);
    await sleep(50);
  }
  return times;
}

test('a client sending its headers byte by byte (slowloris) is cut off with 408 after the headers limit, while others are served', async () => {
  const slow = slowClient('GET /api/health HTTP/1.1\r\nHost: localhost\r\n', `X-Slow: ${'a'.repeat(200)}\r\n\r\n`, 20);
  const [exchange, meanwhile] = await Promise.all([slow, servedMeanwhile(slow)]);
  assert.match(exchange.reply, /^HTTP\/1\.1 408 /);
  assert.ok(exchange.closedAfter >= TIMEOUTS.headers - 50, `cut off too early: ${exchange.closedAfter} ms`);
  assert.ok(exchange.closedAfter <= TIMEOUTS.headers + TIMEOUTS.checkInterval + SLACK, `cut off after ${exchange.closedAfter} ms`);
  assert.ok(exchange.sent < 200, 'the headers never finished');
  assert.ok(meanwhile.length >= 3 && Math.max(...meanwhile) < SERVED_WITHIN, `other clients waited ${Math.max(...meanwhile)} ms`);
});

test('a request body that stalls is cut off with 408 after the request limit, and nothing is stored', async () => {
  const before = (await demo.store.stats()).documents;
  const body = JSON.stringify({ text: 'Officials said 12 soldiers were killed in the raid on Tuesday.' });
  const head = `POST /api/sources HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  // Half of the body at once, then one byte every 400 ms: it could never finish within the limit.
  const slow = slowClient(head + body.slice(0, body.length >> 1), body.slice(body.length >> 1), 400);
  const [exchange, meanwhile] = await Promise.all([slow, servedMeanwhile(slow)]);
  assert.match(exchange.reply, /^HTTP\/1\.1 408 /);
  assert.ok(exchange.closedAfter <= TIMEOUTS.request + TIMEOUTS.checkInterval + SLACK, `cut off after ${exchange.closedAfter} ms`);
  assert.ok(exchange.sent < head.length + body.length, 'the body never finished');
  assert.ok(Math.max(...meanwhile) < SERVED_WITHIN, `other clients waited ${Math.max(...meanwhile)} ms`);
  assert.equal((await demo.store.stats()).documents, before);
});

test('a body sent slowly but within the limit is still read and stored', async () => {
  const before = (await demo.store.stats()).documents;
  const body = JSON.stringify({ text: 'Police said 4 people were wounded in the blast in the market.' });
  const head = `POST /api/sources HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  const exchange = await slowClient(head + body.slice(0, -4), body.slice(-4), 50);
  assert.match(exchange.reply, /^HTTP\/1\.1 200 /);
  assert.equal((await demo.store.stats()).documents, before + 1);
});

test(`request headers over ${MAX_HEADER_BYTES} bytes are refused with 431`, async () => {
  const exchange = await slowClient(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(MAX_HEADER_BYTES)}\r\n\r\n`, '', 1000);
  assert.match(exchange.reply, /^HTTP\/1\.1 431 /);
  const fits = await slowClient(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: ${'b'.repeat(MAX_HEADER_BYTES - 200)}\r\n\r\n`, '', 1000);
  assert.match(fits.reply, /^HTTP\/1\.1 200 /);
});

test('an idle keep-alive connection is closed after the keep-alive limit', async () => {
  const exchange = await slowClient('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n', '', 1000);
  assert.match(exchange.reply, /^HTTP\/1\.1 200 /);
  // Node keeps an idle connection up to a second beyond keepAliveTimeout (room for a client's request already on its way).
  assert.ok(exchange.closedAfter >= TIMEOUTS.keepAlive && exchange.closedAfter <= TIMEOUTS.keepAlive + 1000 + SLACK, `idle connection kept ${exchange.closedAfter} ms`);
});
