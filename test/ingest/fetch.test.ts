import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { IngestError } from '../../src/ingest/errors.js';
import {
  classifyAddress,
  contentLength,
  fetchSource,
  firstForbidden,
  formatBytes,
  formatSeconds,
  guardedLookup,
  isAcceptedContentType,
  rangeWords,
  type AddressPolicy,
  type FetchOptions,
  type Resolver,
} from '../../src/ingest/fetch.js';

// Network rule of this machine: these tests only ever talk to 127.0.0.1.
const LOCAL: FetchOptions = { allowAddresses: ['127.0.0.1'] };

interface TestServer {
  port: number;
  url: (path?: string) => string;
  requests: string[];
  close: () => Promise<void>;
}

async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse, port: number) => void, host = '127.0.0.1'): Promise<TestServer> {
  const requests: string[] = [];
  let port = 0;
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res, port);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path = '/') => `http://${host}:${port}${path}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function withServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, port: number) => void,
  body: (server: TestServer) => Promise<void>,
): Promise<void> {
  const server = await startServer(handler);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

/** Runs `fn`, expecting an IngestError; returns it with the time taken. */
async function refusal(fn: () => Promise<unknown>): Promise<{ error: IngestError; ms: number }> {
  const start = performance.now();
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof IngestError, `expected IngestError, got ${String(error)}`);
    return { error, ms: performance.now() - start };
  }
  assert.fail('expected the fetch to be refused');
}

/** Host names undici tried to connect to while `fn` ran. */
async function connectsDuring(fn: () => Promise<void>): Promise<string[]> {
  const hosts: string[] = [];
  const onConnect = (message: unknown): void => {
    hosts.push((message as { connectParams: { hostname: string } }).connectParams.hostname);
  };
  diagnosticsChannel.subscribe('undici:client:beforeConnect', onConnect);
  try {
    await fn();
  } finally {
    diagnosticsChannel.unsubscribe('undici:client:beforeConnect', onConnect);
  }
  return hosts;
}

function redirectTo(location: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (_req, res) => {
    res.writeHead(302, { location });
    res.end();
  };
}

describe('classifyAddress', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['8.8.8.8', 'unicast', '8.8.8.8'],
    ['2606:4700::1111', 'unicast', '2606:4700::1111'],
    ['127.0.0.1', 'loopback', '127.0.0.1'],
    ['127.0.0.2', 'loopback', '127.0.0.2'],
    ['::1', 'loopback', '::1'],
    ['10.0.0.1', 'private', '10.0.0.1'],
    ['172.16.5.4', 'private', '172.16.5.4'],
    ['192.168.1.1', 'private', '192.168.1.1'],
    ['169.254.169.254', 'linkLocal', '169.254.169.254'],
    ['fe80::1', 'linkLocal', 'fe80::1'],
    ['fd00::1', 'uniqueLocal', 'fd00::1'],
    ['0.0.0.0', 'unspecified', '0.0.0.0'],
    ['::', 'unspecified', '::'],
    ['255.255.255.255', 'broadcast', '255.255.255.255'],
    ['224.0.0.1', 'multicast', '224.0.0.1'],
    ['100.64.0.1', 'carrierGradeNat', '100.64.0.1'],
    ['192.0.2.1', 'reserved', '192.0.2.1'],
    ['::ffff:10.0.0.1', 'private', '10.0.0.1'],
    ['::ffff:169.254.169.254', 'linkLocal', '169.254.169.254'],
    ['::ffff:8.8.8.8', 'unicast', '8.8.8.8'],
  ];
  for (const [ip, range, address] of cases) {
    it(`${ip} is ${range}`, () => {
      assert.deepEqual(classifyAddress(ip), { address, range, allowed: range === 'unicast' });
    });
  }

  it('firstForbidden honours allowPrivate and allowAddresses', () => {
    const strict: AddressPolicy = { allowPrivate: false, allowAddresses: new Set() };
    assert.equal(firstForbidden(['8.8.8.8', '1.1.1.1'], strict), null);
    assert.equal(firstForbidden(['8.8.8.8', '10.1.2.3'], strict)?.address, '10.1.2.3');
    assert.equal(firstForbidden(['10.1.2.3'], { allowPrivate: true, allowAddresses: new Set() }), null);
    const onlyLocal: AddressPolicy = { allowPrivate: false, allowAddresses: new Set(['127.0.0.1']) };
    assert.equal(firstForbidden(['127.0.0.1', '::ffff:127.0.0.1'], onlyLocal), null);
    assert.equal(firstForbidden(['127.0.0.2'], onlyLocal)?.range, 'loopback');
  });
});

describe('guardedLookup', () => {
  const strict: AddressPolicy = { allowPrivate: false, allowAddresses: new Set() };
  const fake =
    (addresses: string[]): Resolver =>
    (_host, _options, callback) =>
      callback(
        null,
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  const lookup = (resolver: Resolver, all: boolean, family = 0) =>
    new Promise<{ err: Error | null; address: unknown; family?: number }>((resolve) =>
      guardedLookup(strict, resolver)('news.example', { all, family }, (err, address, fam) =>
        resolve({ err, address, family: fam }),
      ),
    );

  it('refuses a host when any of its addresses is private', async () => {
    const { err } = await lookup(fake(['93.184.215.14', '10.0.0.1']), true);
    assert.match(String(err?.message), /^refused: news\.example resolves to 10\.0\.0\.1, which is a private address/);
  });

  it('hands back exactly the checked addresses', async () => {
    const all = await lookup(fake(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']), true);
    assert.equal(all.err, null);
    assert.equal((all.address as unknown[]).length, 2);
    const one = await lookup(fake(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']), false, 6);
    assert.deepEqual([one.address, one.family], ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', 6]);
  });

  it('passes resolver errors through', async () => {
    const failing: Resolver = (_h, _o, cb) => cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }), []);
    const { err } = await lookup(failing, true);
    assert.equal((err as NodeJS.ErrnoException).code, 'ENOTFOUND');
  });
});

describe('helpers', () => {
  it('formats sizes and durations for messages', () => {
    assert.equal(formatBytes(32 * 1024 * 1024), '32 MiB');
    assert.equal(formatBytes(1024 * 1024), '1 MiB');
    assert.equal(formatBytes(1500), '1.46 KiB');
    assert.equal(formatBytes(100), '100 bytes');
    assert.equal(formatSeconds(20_000), '20 s');
    assert.equal(formatSeconds(300), '0.3 s');
  });

  it('accepts textual content types and a missing one', () => {
    assert.ok(isAcceptedContentType(null));
    assert.ok(isAcceptedContentType('text/html; charset=windows-1251'));
    assert.ok(isAcceptedContentType('Application/RSS+XML'));
    assert.ok(!isAcceptedContentType('image/png'));
    assert.ok(!isAcceptedContentType('application/pdf'));
    assert.ok(!isAcceptedContentType('video/mp4'));
    assert.ok(!isAcceptedContentType('application/octet-stream'));
  });

  it('parses Content-Length strictly', () => {
    assert.equal(contentLength('123'), 123);
    assert.equal(contentLength(undefined), null);
    assert.equal(contentLength('12abc'), null);
  });
});

describe('fetchSource', () => {
  it('fetches an HTML page into a Source', async () => {
    const html = '<html><body>Погибли 12 человек</body></html>';
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
        res.end(html);
      },
      async (server) => {
        const before = Date.now();
        const source = await fetchSource(server.url('/page'), LOCAL);
        assert.equal(source.name, server.url('/page'));
        assert.equal(source.url, server.url('/page'));
        assert.equal(source.contentType, 'text/html; charset=windows-1251');
        assert.deepEqual(source.bytes, Buffer.from(html));
        assert.equal(new Date(source.retrieved).toISOString(), source.retrieved);
        assert.ok(Date.parse(source.retrieved) >= before - 1000);
      },
    );
  });

  it('gives a null content type when the server sends none', async () => {
    await withServer(
      (_req, res) => res.end('plain words'),
      async (server) => {
        const source = await fetchSource(server.url(), LOCAL);
        assert.equal(source.contentType, null);
        assert.equal(source.bytes.toString(), 'plain words');
      },
    );
  });

  it('undoes gzip content encoding', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('compressed words'));
      },
      async (server) => {
        const source = await fetchSource(server.url(), LOCAL);
        assert.equal(source.bytes.toString(), 'compressed words');
      },
    );
  });

  it('cuts off a compression bomb at the cap on the decoded bytes, for every encoding it accepts', async () => {
    // 64 MiB of zeros compresses to under 100 KiB: the cap must count what decompression yields, not what arrives.
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bombs = { gzip: zlib.gzipSync(zeros, { level: 9 }), deflate: zlib.deflateSync(zeros, { level: 9 }), br: zlib.brotliCompressSync(zeros) };
    for (const [encoding, body] of Object.entries(bombs)) {
      await withServer(
        (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': encoding, 'content-length': String(body.length) });
          res.end(body);
        },
        async (server) => {
          const before = process.memoryUsage().rss;
          const { error } = await refusal(() => fetchSource(server.url(), { ...LOCAL, maxBytes: 1024 * 1024 }));
          assert.equal(error.reason, 'larger than the 1 MiB cap', encoding);
          assert.ok(process.memoryUsage().rss - before < 128 * 1024 * 1024, `${encoding}: memory grew by ${((process.memoryUsage().rss - before) / 1048576).toFixed(0)} MiB`);
        },
      );
    }
  });

  it('follows relative and absolute redirects', async () => {
    await withServer(
      (req, res, port) => {
        if (req.url === '/a/start') {
          res.writeHead(301, { location: 'next' });
          res.end();
        } else if (req.url === '/a/next') {
          res.writeHead(307, { location: `http://127.0.0.1:${port}/final?x=1` });
          res.end();
        } else if (req.url === '/final?x=1') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('arrived');
        } else {
          res.writeHead(500);
          res.end();
        }
      },
      async (server) => {
        const source = await fetchSource(server.url('/a/start'), LOCAL);
        assert.equal(source.name, server.url('/a/start'));
        assert.equal(source.url, server.url('/final?x=1'));
        assert.equal(source.bytes.toString(), 'arrived');
        assert.deepEqual(server.requests, ['/a/start', '/a/next', '/final?x=1']);
      },
    );
  });

  it('stops a redirect loop after maxRedirects', async () => {
    await withServer(redirectTo('/loop'), async (server) => {
      const { error } = await refusal(() => fetchSource(server.url('/loop'), LOCAL));
      assert.equal(error.input, server.url('/loop'));
      assert.equal(error.reason, 'too many redirects (more than 5)');
      assert.equal(server.requests.length, 6);

      const capped = await refusal(() => fetchSource(server.url('/loop'), { ...LOCAL, maxRedirects: 2 }));
      assert.equal(capped.error.reason, 'too many redirects (more than 2)');
    });
  });

  it('refuses a redirect to another loopback address that is not allowed', async () => {
    await withServer(
      (_req, res, port) => redirectTo(`http://127.0.0.2:${port}/`)(_req, res),
      async (server) => {
        const target = `http://127.0.0.2:${server.port}/`;
        let outcome: { error: IngestError; ms: number } | undefined;
        const hosts = await connectsDuring(async () => {
          outcome = await refusal(() => fetchSource(server.url('/start'), LOCAL));
        });
        assert.ok(outcome);
        assert.equal(outcome.error.input, target);
        assert.match(outcome.error.reason, /^refused: 127\.0\.0\.2 is a loopback address \(use --allow-private to allow\)/);
        assert.ok(outcome.error.message.includes(server.url('/start')), 'names the original URL');
        assert.deepEqual(hosts, ['127.0.0.1']);
      },
    );
  });

  it('refuses a redirect to cloud metadata before connecting', async () => {
    await withServer(redirectTo('http://169.254.169.254/latest/meta-data/'), async (server) => {
      let outcome: { error: IngestError; ms: number } | undefined;
      const hosts = await connectsDuring(async () => {
        outcome = await refusal(() => fetchSource(server.url('/start'), { ...LOCAL, timeoutMs: 5_000 }));
      });
      assert.ok(outcome);
      assert.equal(outcome.error.input, 'http://169.254.169.254/latest/meta-data/');
      assert.match(outcome.error.reason, /^refused: 169\.254\.169\.254 is a link-local address/);
      assert.ok(outcome.error.message.includes(server.url('/start')), 'names the original URL');
      assert.ok(outcome.ms < 1000, `refused in ${outcome.ms} ms`);
      assert.ok(!hosts.includes('169.254.169.254'), 'no connection attempted');
    });
  });

  it('refuses a redirect to a private address before connecting', async () => {
    await withServer(redirectTo('http://10.0.0.1/'), async (server) => {
      let outcome: { error: IngestError; ms: number } | undefined;
      const hosts = await connectsDuring(async () => {
        outcome = await refusal(() => fetchSource(server.url('/start'), { ...LOCAL, timeoutMs: 5_000 }));
      });
      assert.ok(outcome);
      assert.equal(outcome.error.input, 'http://10.0.0.1/');
      assert.match(outcome.error.reason, /^refused: 10\.0\.0\.1 is a private address/);
      assert.ok(outcome.ms < 1000, `refused in ${outcome.ms} ms`);
      assert.ok(!hosts.includes('10.0.0.1'), 'no connection attempted');
    });
  });

  it('refuses private literal addresses given directly, before connecting', async () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
      ['http://[::1]:9/', 'refused: ::1 is a loopback address'],
      ['https://[::ffff:a00:1]/', 'refused: ::ffff:a00:1 resolves to 10.0.0.1, which is a private address'],
      ['http://0.0.0.0:9/', 'refused: 0.0.0.0 is an unspecified address'],
    ];
    const hosts = await connectsDuring(async () => {
      for (const [url, reason] of cases) {
        const { error, ms } = await refusal(() => fetchSource(url, LOCAL));
        assert.equal(error.input, url);
        assert.equal(error.reason, `${reason} (use --allow-private to allow)`);
        assert.ok(ms < 1000);
      }
    });
    assert.deepEqual(hosts, []);
  });

  it('refuses a host name that resolves to loopback', async () => {
    await withServer(
      (_req, res) => res.end('secret'),
      async (server) => {
        const url = `http://localhost:${server.port}/`;
        const { error, ms } = await refusal(() => fetchSource(url, { timeoutMs: 5_000 }));
        assert.equal(error.input, url);
        assert.match(error.reason, /^refused: localhost resolves to (127\.0\.0\.1|::1), which is a loopback address \(use --allow-private to allow\)$/);
        assert.ok(ms < 1000);
        assert.deepEqual(server.requests, []);
      },
    );
  });

  it('refuses a redirect to a host name that resolves to a forbidden address, before connecting to it', async () => {
    // Only the first hop's address (127.0.0.2) is allowed; "localhost" resolves to 127.0.0.1, where the secret is.
    const secret = await startServer((_req, res) => res.end('secret'));
    const first = await startServer(redirectTo(`http://localhost:${secret.port}/latest/meta-data/`), '127.0.0.2');
    try {
      const { error, ms } = await refusal(() => fetchSource(first.url('/start'), { allowAddresses: ['127.0.0.2'], timeoutMs: 5_000 }));
      assert.equal(error.input, `http://localhost:${secret.port}/latest/meta-data/`);
      assert.match(error.reason, /^refused: localhost resolves to 127\.0\.0\.1, which is a loopback address/);
      assert.ok(error.message.includes(first.url('/start')), 'names the original URL');
      assert.ok(ms < 1000, `refused in ${ms} ms`);
      assert.deepEqual(first.requests, ['/start']);
      assert.deepEqual(secret.requests, [], 'the forbidden address was never asked');
    } finally {
      await first.close();
      await secret.close();
    }
  });

  it('refuses loopback and metadata addresses however they are written', async () => {
    const spellings = ['http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://127.1/', 'http://169.254.169.254./', 'http://2852039166/', 'http://[::ffff:7f00:1]/', 'http://[0:0:0:0:0:0:0:1]/'];
    const hosts = await connectsDuring(async () => {
      for (const url of spellings) {
        const { error, ms } = await refusal(() => fetchSource(url, { timeoutMs: 5_000 }));
        assert.match(error.reason, /^refused: .* (loopback|link-local) address/, url);
        assert.ok(ms < 1000, `${url} refused in ${ms} ms`);
      }
    });
    assert.deepEqual(hosts, [], 'no connection attempted');
  });

  it('allows loopback with allowPrivate', async () => {
    await withServer(
      (_req, res) => res.end('local'),
      async (server) => {
        const source = await fetchSource(server.url(), { allowPrivate: true });
        assert.equal(source.bytes.toString(), 'local');
      },
    );
  });

  it('refuses schemes other than http and https, and credentials', async () => {
    for (const url of ['ftp://example.com/file.txt', 'file:///etc/passwd', 'data:text/plain,hi', 'javascript:alert(1)']) {
      const { error } = await refusal(() => fetchSource(url));
      assert.equal(error.input, url);
      assert.equal(error.reason, 'only http and https URLs can be fetched');
    }
    const { error } = await refusal(() => fetchSource('http://user:pass@127.0.0.1:9/', LOCAL));
    assert.match(error.reason, /credentials/);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await withServer(redirectTo('file:///etc/passwd'), async (server) => {
      const { error } = await refusal(() => fetchSource(server.url(), LOCAL));
      assert.equal(error.reason, 'redirect to file:///etc/passwd refused: only http and https URLs can be fetched');
    });
  });

  it('reports a non-2xx status', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>gone</h1>');
      },
      async (server) => {
        const { error } = await refusal(() => fetchSource(server.url('/missing'), LOCAL));
        assert.equal(error.input, server.url('/missing'));
        assert.equal(error.reason, 'HTTP 404 Not Found');
      },
    );
  });

  it('reports a closed port as cannot connect', async () => {
    const server = await startServer(() => undefined);
    const url = server.url();
    await server.close();
    const { error } = await refusal(() => fetchSource(url, LOCAL));
    assert.equal(error.reason, 'cannot connect: ECONNREFUSED');
  });

  it('reports a connection cut in the middle of the body', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('the beginning');
        setTimeout(() => res.socket?.destroy(), 20);
      },
      async (server) => {
        const { error } = await refusal(() => fetchSource(server.url(), LOCAL));
        assert.match(error.reason, /^connection lost while reading: /);
      },
    );
  });

  it('times out a server that stalls after the headers', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('the beginning');
      },
      async (server) => {
        const { error, ms } = await refusal(() => fetchSource(server.url(), { ...LOCAL, timeoutMs: 300 }));
        assert.equal(error.reason, 'timed out after 0.3 s');
        assert.ok(ms < 2000, `took ${ms} ms`);
      },
    );
  });

  it('times out a server that never answers', async () => {
    await withServer(
      () => undefined,
      async (server) => {
        const { error } = await refusal(() => fetchSource(server.url(), { ...LOCAL, timeoutMs: 300 }));
        assert.equal(error.reason, 'timed out after 0.3 s');
      },
    );
  });

  it('stops reading a streamed body at the size cap and closes the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const total = 2 * 1024 * 1024;
    let sent = 0;
    let resolveClosed: (early: boolean) => void = () => undefined;
    const closed = new Promise<boolean>((resolve) => (resolveClosed = resolve));
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.on('close', () => resolveClosed(!res.writableFinished));
        const pump = (): void => {
          if (res.destroyed) return;
          if (sent >= total) {
            res.end();
            return;
          }
          sent += chunk.length;
          res.write(chunk);
          setTimeout(pump, 2);
        };
        pump();
      },
      async (server) => {
        const { error } = await refusal(() => fetchSource(server.url(), { ...LOCAL, maxBytes: 1024 * 1024 }));
        assert.equal(error.reason, 'larger than the 1 MiB cap');
        assert.equal(await closed, true, 'the server saw the connection close before it finished');
        assert.ok(sent < total, `server sent ${sent} of ${total} bytes`);
      },
    );
  });

  it('refuses a Content-Length over the cap without reading the body', async () => {
    let resolveClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
    await withServer(
      (_req, res) => {
        // Headers only; a client that tried to read the body would hang until the time-out.
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2 * 1024 * 1024) });
        res.flushHeaders();
        res.on('close', () => resolveClosed());
      },
      async (server) => {
        const { error, ms } = await refusal(() => fetchSource(server.url(), { ...LOCAL, maxBytes: 1024 * 1024, timeoutMs: 5_000 }));
        assert.equal(error.reason, 'larger than the 1 MiB cap');
        assert.ok(ms < 1000, `took ${ms} ms`);
        await closed;
      },
    );
  });

  it('refuses an unsupported content type', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      },
      async (server) => {
        const { error } = await refusal(() => fetchSource(server.url('/x.png'), LOCAL));
        assert.equal(error.reason, 'unsupported content type image/png');
      },
    );
  });
});

describe('rangeWords', () => {
  it('turns ipaddr.js range names into words', () => {
    assert.equal(rangeWords('linkLocal'), 'link-local');
    assert.equal(rangeWords('carrierGradeNat'), 'carrier-grade NAT');
    assert.equal(rangeWords('uniqueLocal'), 'unique-local');
    assert.equal(rangeWords('private'), 'private');
  });
});
