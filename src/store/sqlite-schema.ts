/** The views over claims and their reviews, the same SQL in both engines' schemas. */
export const REVIEWED_CLAIMS_VIEWS = `
  -- Every claim with its latest review: corrected ones as corrected, added ones in, rejected ones marked.
  CREATE VIEW reviewed_claims AS
    SELECT c.id, c.doc, c.position,
           COALESCE(s.outcome, c.outcome) AS outcome,
           COALESCE(s.stance, c.stance) AS stance,
           CASE WHEN s.claim IS NULL THEN c.speaker ELSE s.speaker END AS speaker,
           COALESCE(s.record, c.record) AS record,
           s.state AS review
    FROM claims c LEFT JOIN review_state s ON s.claim = c.id
    UNION ALL
    SELECT s.claim, s.doc, s.position, s.outcome, s.stance, s.speaker, s.record, s.state
    FROM review_state s
    WHERE s.state = 'added' AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = s.claim);
  -- The claims reconcile reads: the reviewed ones without the rejected.
  CREATE VIEW effective_claims AS
    SELECT * FROM reviewed_claims WHERE review IS NULL OR review <> 'rejected';`;

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
  `
  CREATE TABLE reviews (
    id       INTEGER PRIMARY KEY,
    claim    TEXT NOT NULL,
    doc      TEXT NOT NULL REFERENCES documents(id),
    action   TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add')),
    reviewer TEXT NOT NULL,
    note     TEXT,
    at       TEXT NOT NULL,
    before   TEXT,
    after    TEXT
  );
  CREATE INDEX reviews_claim ON reviews(claim, id);
  -- The latest review of each claim, kept with the reviews in one transaction:
  -- record is the claim as it now reads (for a rejected claim, as it read before).
  CREATE TABLE review_state (
    claim    TEXT PRIMARY KEY,
    doc      TEXT NOT NULL REFERENCES documents(id),
    state    TEXT NOT NULL CHECK (state IN ('confirmed', 'corrected', 'rejected', 'added')),
    position INTEGER NOT NULL,
    outcome  TEXT NOT NULL,
    stance   TEXT NOT NULL,
    speaker  TEXT,
    record   TEXT NOT NULL
  );
  CREATE INDEX review_state_added ON review_state(state, doc);
  ${REVIEWED_CLAIMS_VIEWS}
  CREATE INDEX documents_order ON documents(COALESCE(published, retrieved), seq);
  CREATE INDEX documents_publisher ON documents(publisher);
  CREATE INDEX claims_stance ON claims(stance);
  CREATE INDEX claims_speaker ON claims(speaker);
  `,
];
