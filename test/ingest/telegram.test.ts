import assert from 'node:assert/strict';
import { ingestError as ingestErrorFor } from '../support/errors.js';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Source } from '../../src/contracts/document.js';
import { parseTelegram } from '../../src/ingest/telegram.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/telegram/${name}`, import.meta.url), 'utf8');
}

function sourceFor(text: string, name = 'fixture.json'): Source {
  return { name, bytes: Buffer.from(text), contentType: null, url: null, retrieved: '2025-01-01T00:00:00.000Z' };
}

function parse(text: string, name = 'fixture.json') {
  return parseTelegram(text, sourceFor(text, name));
}

function parseJson(value: unknown) {
  return parse(JSON.stringify(value));
}


const ingestError = (reason: string | RegExp, name = 'fixture.json') => ingestErrorFor(name, reason);

function message(id: number, fields: Record<string, unknown> = {}) {
  return { id, type: 'message', date: '2025-03-03T10:00:00', date_unixtime: '1740996000', from: 'Chan', text: `post ${id}`, ...fields };
}

function channel(messages: unknown[], fields: Record<string, unknown> = {}) {
  return { name: 'Chan', type: 'public_channel', id: 42, messages, ...fields };
}

describe('parseTelegram: one-chat export', () => {
  const docs = parse(fixture('channel.json'));
  const byId = (id: number) => docs.find((doc) => doc.meta.postId === id);

  it('makes one post per message with text, skipping service, unsupported and photo-only messages', () => {
    assert.deepEqual(docs.map((doc) => doc.meta.postId), [102, 103, 104, 106, 108]);
    assert.ok(docs.every((doc) => doc.kind === 'post' && doc.meta.format === 'telegram' && doc.title === null));
  });

  it('reads a plain string text and the channel, author signature and time', () => {
    assert.deepEqual(byId(102), {
      url: 'https://t.me/eastfrontmon/102',
      title: null,
      publisher: 'Eastern Front Monitor',
      published: '2025-03-03T06:40:00.000Z',
      lang: null,
      kind: 'post',
      text: 'Overnight strikes on Riverside: 2 killed, 9 wounded, according to the city council.',
      meta: {
        format: 'telegram',
        channel: 'Eastern Front Monitor',
        channelId: '1987654321',
        postId: 102,
        author: 'Duty Editor',
        forwardedFrom: null,
        edited: null,
        locator: 'message 102',
      },
    });
  });

  it('joins a mixed text array when text_entities is absent', () => {
    assert.equal(byId(103)?.text, 'Update #Riverside: the toll has risen to 3 dead, the mayor said. Earlier: first report.');
    assert.equal(byId(103)?.meta.author, 'Eastern Front Monitor', 'falls back to from without a signature');
  });

  it('prefers text_entities over text, and records the edit time', () => {
    const doc = byId(104);
    assert.equal(doc?.text, 'Correction: 4 dead, not 3.\nSee https://t.me/eastfrontmon/103');
    assert.equal(doc?.published, '2025-03-03T09:12:30.000Z');
    assert.equal(doc?.meta.edited, '2025-03-03T11:30:00.000Z');
  });

  it('keeps the forward source of a forwarded post', () => {
    assert.equal(byId(106)?.meta.forwardedFrom, 'Regional Health Ministry');
    assert.equal(byId(106)?.text, 'Hospitals in the region admitted 14 wounded civilians today. Details: https://t.me/healthmin_region/88');
  });

  it('trims a media caption', () => {
    assert.equal(byId(108)?.text, 'Damaged school in Riverside; no casualties reported there.');
  });

  it('derives the public username from consistent self-links, ignoring links in forwarded posts', () => {
    assert.ok(docs.every((doc) => doc.url === `https://t.me/eastfrontmon/${doc.meta.postId}`));
  });

  it('is deterministic', () => {
    const text = fixture('channel.json');
    assert.deepEqual(parse(text), parse(text));
  });
});

describe('parseTelegram: whole-account export', () => {
  const docs = parse(fixture('account.json'));

  it('reads the channels and groups of chats.list then left_chats.list, in order, leaving personal chats out', () => {
    assert.deepEqual(
      docs.map((doc) => [doc.meta.channel, doc.meta.postId]),
      [['Ceasefire Watch', 7], ['Old Front News', 40], ['Old Front News', 41]],
    );
    assert.deepEqual(docs.map((doc) => doc.meta.channelId), ['1122334455', '2233445566', '2233445566']);
  });

  it('uses a username that a tool added to the chat', () => {
    assert.equal(docs[0]?.url, 'https://t.me/ceasefirewatch/7');
  });

  it('gives no url when post links name different channels', () => {
    assert.equal(docs[1]?.url, null);
    assert.equal(docs[2]?.url, null);
  });

  it('falls back to the local date read as UTC when date_unixtime is missing', () => {
    assert.equal(docs[2]?.published, '2025-03-03T12:45:00.000Z');
  });
});

describe('parseTelegram: username heuristics', () => {
  const selfLinked = (name: string) => [
    message(1, { text: ['see ', { type: 'link', text: `https://t.me/${name}/2` }] }),
    message(2, { text_entities: [{ type: 'text_link', text: 'earlier', href: `t.me/${name}/1` }] }),
  ];

  it('accepts two links to the same channel pointing at posts in the export', () => {
    assert.equal(parseJson(channel(selfLinked('chanfeed')))[0]?.url, 'https://t.me/chanfeed/1');
  });

  it('refuses a single link, links to posts not in the export, and private chats', () => {
    assert.equal(parseJson(channel(selfLinked('chanfeed').slice(0, 1)))[0]?.url, null);
    const elsewhere = [
      message(1, { text: [{ type: 'link', text: 'https://t.me/otherfeed/900' }] }),
      message(2, { text: [{ type: 'link', text: 'https://t.me/otherfeed/901' }] }),
    ];
    assert.equal(parseJson(channel(elsewhere))[0]?.url, null);
    assert.equal(parseJson(channel(selfLinked('chanfeed'), { type: 'private_channel' }))[0]?.url, null);
  });

  it('ignores a malformed username field', () => {
    assert.equal(parseJson(channel([message(1)], { username: 'not a name!' }))[0]?.url, null);
  });
});

describe('parseTelegram: refusals', () => {
  it('refuses invalid JSON with the parser message', () => {
    let expected = '';
    try {
      JSON.parse('{"messages": [');
    } catch (error) {
      expected = (error as Error).message;
    }
    assert.throws(() => parse('{"messages": [', 'result.json'), ingestError(`invalid JSON: ${expected}`, 'result.json'));
  });

  it('refuses JSON that is not an export', () => {
    const cases: Array<[unknown, string]> = [
      [[1, 2], 'not a Telegram Desktop export: the root is not a JSON object'],
      ['text', 'not a Telegram Desktop export: the root is not a JSON object'],
      [null, 'not a Telegram Desktop export: the root is not a JSON object'],
      [{ name: 'x' }, 'not a Telegram Desktop export: no messages[] or chats.list[]'],
      [{ chats: { list: {} } }, 'not a Telegram Desktop export: no messages[] or chats.list[]'],
      [{ messages: {} }, 'not a Telegram Desktop export: messages of the root is not an array'],
      [{ chats: { list: [{ name: 'c' }] } }, 'not a Telegram Desktop export: messages of chats.list[0] is not an array'],
      [{ chats: { list: [] }, left_chats: { list: 3 } }, 'not a Telegram Desktop export: left_chats.list is not an array'],
      [{ messages: [message(1), 'hello'] }, 'not a Telegram Desktop export: message 1 of the root is not an object'],
      [{ messages: [message(1), { ...message(2), id: '2' }] }, 'not a Telegram Desktop export: message 1 of the root has a non-numeric id'],
    ];
    for (const [value, reason] of cases) assert.throws(() => parseJson(value), ingestError(reason));
  });

  it('refuses an export whose messages have no text', () => {
    const reason = 'Telegram export has no messages with text';
    assert.throws(() => parseJson({ messages: [] }), ingestError(reason));
    assert.throws(
      () => parseJson(channel([{ id: 1, type: 'unsupported' }, message(2, { text: '   ', text_entities: [] }), message(3, { type: 'service' })])),
      ingestError(reason),
    );
  });
});
