/**
 * SQLite schema migrations. The schema version is PRAGMA user_version; each
 * entry moves the schema from version i to i+1 inside one transaction.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sources (
    sha256       TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    url          TEXT,
    content_type TEXT,
    retrieved    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    bytes        BLOB NOT NULL
  );
  CREATE TABLE documents (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    url       TEXT,
    title     TEXT,
    publisher TEXT,
    published TEXT,
    retrieved TEXT NOT NULL,
    lang      TEXT,
    kind      TEXT NOT NULL CHECK (kind IN ('article', 'post', 'report', 'transcript')),
    text      TEXT NOT NULL,
    origin    TEXT NOT NULL,
    source    TEXT NOT NULL REFERENCES sources(sha256),
    meta      TEXT NOT NULL DEFAULT '{}',
    signature BLOB
  );
  CREATE INDEX documents_origin ON documents(origin);
  CREATE INDEX documents_published ON documents(published);
  CREATE TABLE document_bands (
    band     TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, document)
  ) WITHOUT ROWID;
  CREATE TABLE appearances (
    document  TEXT NOT NULL REFERENCES documents(id),
    source    TEXT NOT NULL REFERENCES sources(sha256),
    name      TEXT NOT NULL,
    locator   TEXT NOT NULL DEFAULT '',
    url       TEXT,
    publisher TEXT,
    published TEXT,
    retrieved TEXT NOT NULL,
    PRIMARY KEY (document, source, locator)
  );
  CREATE INDEX appearances_source ON appearances(source);
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE claims (
    id       TEXT PRIMARY KEY,
    doc      TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    outcome  TEXT NOT NULL,
    value    REAL,
    stance   TEXT NOT NULL,
    speaker  TEXT,
    record   TEXT NOT NULL
  );
  CREATE INDEX claims_doc ON claims(doc, position);
  CREATE INDEX claims_outcome ON claims(outcome);
  `,
];
