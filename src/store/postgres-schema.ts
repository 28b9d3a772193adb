import { REVIEWED_CLAIMS_VIEWS } from './sqlite-schema.js';

/**
 * PostgreSQL schema migrations, the same tables as SQLite's (sqlite-schema.ts).
 * Version i+1 is reached by running entry i; each applied version is a row of
 * schema_migrations. Text columns sort with COLLATE "C" (byte order), as
 * SQLite's BINARY does, whatever the database's locale.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sources (
    sha256       TEXT COLLATE "C" PRIMARY KEY,
    name         TEXT NOT NULL,
    url          TEXT,
    content_type TEXT,
    retrieved    TEXT COLLATE "C" NOT NULL,
    size         BIGINT NOT NULL,
    bytes        BYTEA NOT NULL
  );
  CREATE TABLE documents (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id        TEXT COLLATE "C" NOT NULL UNIQUE,
    url       TEXT,
    title     TEXT,
    publisher TEXT COLLATE "C",
    published TEXT COLLATE "C",
    retrieved TEXT COLLATE "C" NOT NULL,
    lang      TEXT,
    kind      TEXT NOT NULL CHECK (kind IN ('article', 'post', 'report', 'transcript')),
    text      TEXT NOT NULL,
    origin    TEXT COLLATE "C" NOT NULL,
    source    TEXT COLLATE "C" NOT NULL REFERENCES sources(sha256),
    meta      TEXT NOT NULL DEFAULT '{}',
    signature BYTEA
  );
  CREATE INDEX documents_origin ON documents(origin);
  CREATE INDEX documents_published ON documents(published);
  CREATE TABLE document_bands (
    band     TEXT COLLATE "C" NOT NULL,
    document TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, document)
  );
  CREATE TABLE appearances (
    document  TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    source    TEXT COLLATE "C" NOT NULL REFERENCES sources(sha256),
    name      TEXT COLLATE "C" NOT NULL,
    locator   TEXT COLLATE "C" NOT NULL DEFAULT '',
    url       TEXT,
    publisher TEXT,
    published TEXT,
    retrieved TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (document, source, locator)
  );
  CREATE INDEX appearances_source ON appearances(source);
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  -- Bumped by every write transaction: changeCount() for caches in any process.
  CREATE TABLE store_changes (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    count    BIGINT NOT NULL
  );
  INSERT INTO store_changes (count) VALUES (0);
  `,
  `
  CREATE TABLE claims (
    id       TEXT COLLATE "C" PRIMARY KEY,
    doc      TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    position BIGINT NOT NULL,
    outcome  TEXT COLLATE "C" NOT NULL,
    value    DOUBLE PRECISION,
    stance   TEXT COLLATE "C" NOT NULL,
    speaker  TEXT COLLATE "C",
    record   TEXT NOT NULL
  );
  CREATE INDEX claims_doc ON claims(doc, position);
  CREATE INDEX claims_outcome ON claims(outcome);
  `,
  `
  CREATE TABLE reviews (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim    TEXT COLLATE "C" NOT NULL,
    doc      TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    action   TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add')),
    reviewer TEXT NOT NULL,
    note     TEXT,
    at       TEXT NOT NULL,
    before   TEXT,
    after    TEXT
  );
  CREATE INDEX reviews_claim ON reviews(claim, id);
  CREATE TABLE review_state (
    claim    TEXT COLLATE "C" PRIMARY KEY,
    doc      TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    state    TEXT COLLATE "C" NOT NULL CHECK (state IN ('confirmed', 'corrected', 'rejected', 'added')),
    position BIGINT NOT NULL,
    outcome  TEXT COLLATE "C" NOT NULL,
    stance   TEXT COLLATE "C" NOT NULL,
    speaker  TEXT COLLATE "C",
    record   TEXT NOT NULL
  );
  CREATE INDEX review_state_added ON review_state(state, doc);
  ${REVIEWED_CLAIMS_VIEWS}
  CREATE INDEX documents_order ON documents((COALESCE(published, retrieved)), seq);
  CREATE INDEX documents_publisher ON documents(publisher);
  CREATE INDEX claims_stance ON claims(stance);
  CREATE INDEX claims_speaker ON claims(speaker);
  `,
  `
  -- The bytes of local files put on the job queue (src/queue): a worker on another machine reads them here.
  CREATE TABLE queue_files (
    sha256   TEXT COLLATE "C" PRIMARY KEY,
    bytes    BYTEA NOT NULL,
    enqueued TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  `,
];
