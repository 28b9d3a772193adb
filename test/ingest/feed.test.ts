import assert from 'node:assert/strict';
import { ingestError } from '../support/errors.js';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Source } from '../../src/contracts/document.js';
import { IngestError } from '../../src/ingest/errors.js';
import { parseFeed } from '../../src/ingest/feed.js';

const REFUSED =
  'XML with a DOCTYPE/entity declarations refused (entity expansion and external entities are not allowed)';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

function sourceFor(text: string, name = 'fixture.xml', url: string | null = null): Source {
  return { name, bytes: Buffer.from(text), contentType: null, url, retrieved: '2025-01-01T00:00:00.000Z' };
}

function parse(text: string, name = 'fixture.xml', url: string | null = null) {
  return parseFeed(text, sourceFor(text, name, url));
}


function rss(items: string, channelExtra = ''): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${channelExtra}${items}</channel></rss>`;
}

describe('parseFeed: RSS 2.0', () => {
  const docs = parse(fixture('rss.xml'));

  it('makes one article per item with text, skipping items without text', () => {
    assert.equal(docs.length, 3);
    assert.deepEqual(docs.map((doc) => doc.meta.locator), ['item 1', 'item 2', 'item 4']);
    assert.ok(docs.every((doc) => doc.kind === 'article' && doc.meta.format === 'rss'));
  });

  it('reads content:encoded CDATA in preference to description, dropping scripts', () => {
    const [first] = docs;
    assert.equal(
      first?.text,
      'Four civilians were killed and 11 wounded when shells hit the market in the river town on Sunday, the regional governor said.\n\n' +
        'Rescue crews were still searching the rubble & debris late in the evening.',
    );
  });

  it('flattens escaped description HTML, decoding entities once per layer', () => {
    assert.equal(
      docs[1]?.text,
      'The health ministry said on Tuesday that 23 people had died in the strikes, up from 19 a day earlier.\n\n' +
        'Another 40 were in hospital & six were in critical condition.',
    );
    assert.equal(docs[2]?.text, 'Officials at the border post said the situation was unchanged \u2014 no new casualties were reported.');
  });

  it('reads title, publisher, feed, guid, author and language', () => {
    const [first, second] = docs;
    assert.equal(first?.title, 'Shelling kills four in river town');
    assert.equal(first?.publisher, 'Frontline Wire & Partners');
    assert.equal(first?.meta.feed, 'Frontline Wire & Partners');
    assert.equal(first?.meta.guid, 'wire-2025-0303-01');
    assert.equal(first?.meta.author, 'Lena Ortiz');
    assert.equal(second?.meta.author, 'desk@wire.example.org (Night Desk)');
    assert.ok(docs.every((doc) => doc.lang === 'en'));
  });

  it('resolves relative links against the channel link, uses permalink guids, keeps only http(s)', () => {
    assert.equal(docs[0]?.url, 'https://wire.example.org/2025/03/03/river-town');
    assert.equal(docs[1]?.url, 'https://wire.example.org/2025/03/04/toll-revised');
    assert.equal(docs[2]?.url, null, 'javascript: link dropped');
  });

  it('converts pubDate to ISO 8601 UTC, unparseable dates to null', () => {
    assert.equal(docs[0]?.published, '2025-03-03T06:15:00.000Z');
    assert.equal(docs[1]?.published, '2025-03-04T12:00:00.000Z');
    assert.equal(docs[2]?.published, null);
  });

  it('does not use a guid marked isPermaLink="false" as the url, and falls back to the source url as base', () => {
    const text = rss(
      `<item><guid isPermaLink="false">https://wire.example.org/not-a-link</guid><description>Five wounded.</description></item>` +
        `<item><link>story/9</link><description>Nine wounded.</description></item>`,
    );
    const [guidOnly, relative] = parse(text, 'fixture.xml', 'https://fetched.example.com/feeds/main.xml');
    assert.equal(guidOnly?.url, null);
    assert.equal(guidOnly?.meta.guid, 'https://wire.example.org/not-a-link');
    assert.equal(relative?.url, 'https://fetched.example.com/feeds/story/9');
  });

  it('falls back from an unparseable pubDate to dc:date, and takes zone-less dates as UTC', () => {
    const text = rss(
      `<item xmlns:dc="http://purl.org/dc/elements/1.1/"><pubDate>not a date</pubDate><dc:date>2025-02-01T10:00:00Z</dc:date><description>a</description></item>` +
        `<item><pubDate>2025-02-02T10:00:00</pubDate><description>b</description></item>` +
        `<item><pubDate>Sun, 02 Feb 2025 10:00:00</pubDate><description>c</description></item>`,
    );
    assert.deepEqual(
      parse(text).map((doc) => doc.published),
      ['2025-02-01T10:00:00.000Z', '2025-02-02T10:00:00.000Z', '2025-02-02T10:00:00.000Z'],
    );
  });

  it('does not decode an escaped entity twice', () => {
    const [doc] = parse(rss('<item><title>Tom &amp;amp;amp; Jerry</title><description>Literal &amp;amp;lt;b&amp;amp;gt; stays.</description></item>'));
    assert.equal(doc?.title, 'Tom &amp; Jerry');
    assert.equal(doc?.text, 'Literal &lt;b&gt; stays.');
  });

  it('returns null title and language when absent or unusable', () => {
    const [doc] = parse(rss('<item><description>One killed.</description></item>', '<language>??</language>'));
    assert.equal(doc?.title, null);
    assert.equal(doc?.lang, null);
  });

  it('ignores element order inside an item', () => {
    const forward = parse(rss('<item><title>T</title><link>https://a.example/1</link><description>Two killed.</description></item>'));
    const backward = parse(rss('<item><description>Two killed.</description><link>https://a.example/1</link><title>T</title></item>'));
    assert.deepEqual(backward, forward);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, with dc:date, dc:creator and dc:language', () => {
    const [doc, ...rest] = parse(fixture('rdf.xml'));
    assert.equal(rest.length, 0);
    assert.deepEqual(doc, {
      url: 'https://bulletin.example.com/notes/12',
      title: 'Week 12 summary',
      publisher: 'Weekly Bulletin',
      published: '2025-03-07T17:00:00.000Z',
      lang: 'fr',
      kind: 'article',
      text: 'Observers counted 9 deaths this week across the region.',
      meta: {
        format: 'rss',
        feed: 'Weekly Bulletin',
        guid: 'https://bulletin.example.com/notes/12',
        author: 'Observer Team',
        locator: 'item 1',
      },
    });
  });
});

describe('parseFeed: Atom 1.0', () => {
  const docs = parse(fixture('atom.xml'));

  it('makes one article per entry with text, skipping empty ones', () => {
    assert.deepEqual(docs.map((doc) => doc.meta.locator), ['item 1', 'item 2', 'item 3', 'item 4']);
    assert.ok(docs.every((doc) => doc.meta.format === 'atom' && doc.publisher === 'Regional Monitor'));
  });

  it('flattens html content and html titles', () => {
    assert.equal(docs[0]?.title, 'Drone strike: two dead');
    assert.equal(
      docs[0]?.text,
      'Two people died and five were injured after a drone hit a residential block, local authorities reported.',
    );
  });

  it('keeps text content as plain text, collapsing spaces', () => {
    assert.equal(
      docs[1]?.text,
      'A convoy carrying 300 evacuees arrived this afternoon.\nVolunteers said three buses had been damaged on the way; nobody was hurt.',
    );
  });

  it('serializes xhtml content in document order', () => {
    assert.equal(docs[2]?.title, 'Hospital update');
    assert.equal(
      docs[2]?.text,
      'Doctors at the city hospital treated 17 wounded overnight.\n\nThree remain in a serious condition & one was transferred.',
    );
  });

  it('falls back to the summary when content is out of line', () => {
    assert.equal(docs[3]?.text, 'Footage shows the damaged bridge; officials say no one was killed.');
  });

  it('resolves alternate links against xml:base (feed and entry level)', () => {
    assert.deepEqual(docs.map((doc) => doc.url), [
      'https://monitor.example.net/reports/2025/101',
      'https://monitor.example.net/archive/102.html',
      'https://other.example.com/hospital',
      null,
    ]);
  });

  it('reads published, then updated', () => {
    assert.deepEqual(docs.map((doc) => doc.published), [
      '2025-03-05T08:30:00.000Z',
      '2025-03-05T14:00:00.000Z',
      '2025-03-05T00:00:00.000Z',
      null,
    ]);
  });

  it('reads ids, entry authors (inheriting the feed author) and xml:lang', () => {
    assert.equal(docs[0]?.meta.guid, 'tag:monitor.example.net,2025:report-101');
    assert.deepEqual(docs.map((doc) => doc.meta.author), [
      'Ihor Marchenko, Dana Kell',
      'Monitor Staff',
      'Monitor Staff',
      'Monitor Staff',
    ]);
    assert.deepEqual(docs.map((doc) => doc.lang), ['uk', 'uk', 'en', 'uk']);
  });

  it('uses the feed alternate link as base when there is no xml:base', () => {
    const text =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><link href="https://site.example.org/news/"/>' +
      '<entry><link href="item/3"/><summary>Three wounded.</summary></entry></feed>';
    assert.equal(parse(text)[0]?.url, 'https://site.example.org/news/item/3');
  });
});

describe('parseFeed: hostile XML', () => {
  for (const name of ['billion-laughs.xml', 'external-entity.xml']) {
    it(`refuses ${name} quickly, without expanding anything`, () => {
      const started = performance.now();
      assert.throws(() => parse(fixture(name), name), ingestError(name, REFUSED));
      assert.ok(performance.now() - started < 500, 'refusal should not expand entities');
    });
  }

  it('refuses a DOCTYPE with an internal subset even without ENTITY declarations, and one placed inside the root', () => {
    assert.throws(() => parse(`<!DOCTYPE rss [ ]>${rss('<item><description>x</description></item>')}`), ingestError('fixture.xml', REFUSED));
    const inside = '<rss version="2.0"><!DOCTYPE x [<!ENTITY a "boom">]><channel><item><description>&a;</description></item></channel></rss>';
    assert.throws(() => parse(inside), ingestError('fixture.xml', REFUSED));
  });

  it('accepts a DOCTYPE without internal subset (never fetched), and ENTITY text inside CDATA', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">' +
      '<rss version="0.91"><channel><title>Old</title><item><description><![CDATA[<p>Writing <!ENTITY x "y"> in prose.</p>]]></description></item></channel></rss>';
    const [doc] = parse(text);
    assert.equal(doc?.text, 'Writing in prose.');
  });
});

describe('parseFeed: refusals', () => {
  it('reports malformed XML with its line and column', () => {
    assert.throws(() => parse(fixture('malformed.xml'), 'malformed.xml'), (error: unknown) => {
      assert.ok(error instanceof IngestError);
      assert.equal(error.input, 'malformed.xml');
      assert.match(error.message, /^malformed\.xml: malformed XML at line 8, column \d+: .*item/);
      return true;
    });
  });

  it('refuses an HTML page as not a feed', () => {
    assert.throws(() => parse(fixture('page.html'), 'page.html'), ingestError('page.html', 'not an RSS or Atom feed'));
  });

  it('refuses other XML and non-XML text as not a feed', () => {
    assert.throws(() => parse('<?xml version="1.0"?><svg/>'), ingestError('fixture.xml', 'not an RSS or Atom feed'));
    assert.throws(() => parse('{"messages": []}'), ingestError('fixture.xml', 'not an RSS or Atom feed'));
  });

  it('refuses an empty channel, and a feed whose items have no text', () => {
    assert.throws(() => parse(fixture('empty-channel.xml')), ingestError('fixture.xml', 'feed has no items with text'));
    assert.throws(
      () => parse(rss('<item><title>Only a title</title></item><item><description>  </description></item>')),
      ingestError('fixture.xml', 'feed has no items with text'),
    );
    assert.throws(
      () => parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>'),
      ingestError('fixture.xml', 'feed has no items with text'),
    );
  });
});

describe('parseFeed: determinism', () => {
  it('gives identical output for identical input', () => {
    for (const name of ['rss.xml', 'atom.xml', 'rdf.xml']) {
      const text = fixture(name);
      assert.deepEqual(parse(text), parse(text));
      assert.equal(JSON.stringify(parse(text)), JSON.stringify(parse(text)));
    }
  });

  it('tolerates a byte-order mark and CRLF line endings', () => {
    const text = fixture('rss.xml');
    assert.deepEqual(parse(`\uFEFF${text.replace(/\n/g, '\r\n')}`), parse(text));
  });
});
