-- Parley store schema (DuckDB). Version is recorded in meta.schema_version; the Store refuses a file
-- written with another version. Bump SCHEMA_VERSION in duckdb_store.py whenever this file changes.
-- Statements are separated by ';' at line ends; the Store runs them in order inside one transaction.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per coded document. text is the cleaned body that every offset refers to.
CREATE TABLE IF NOT EXISTS documents (
    doc_id         VARCHAR PRIMARY KEY,
    title          VARCHAR,
    url            VARCHAR,
    outlet         VARCHAR,
    pub_date       DATE,
    origin         VARCHAR,
    dateline       VARCHAR,              -- place of a dateline removed from text ("KYIV, Ukraine")
    text           VARCHAR NOT NULL,
    text_sha1      VARCHAR NOT NULL,     -- 40 hex digits, SHA-1 of the UTF-8 text
    n_sentences    INTEGER NOT NULL,
    coded_at       TIMESTAMP NOT NULL,   -- UTC
    parley_version VARCHAR
);

-- One row per event. The first actor of each side is flattened into source_* / target_* for easy
-- queries; all actors are in event_actors. date is an ISO day ("2026-02-04") or month ("2026-02").
CREATE TABLE IF NOT EXISTS events (
    event_id         VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,
    sentence_index   INTEGER,
    sentence         VARCHAR,
    sentence_start   INTEGER,
    sentence_end     INTEGER,
    event_type       VARCHAR,
    mode             VARCHAR,
    context          VARCHAR[],
    cameo            VARCHAR,
    quad_class       TINYINT,
    goldstein        DOUBLE,
    "date"           VARCHAR,
    date_text        VARCHAR,
    location_name    VARCHAR,
    location_country VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonameid        BIGINT,
    modality         VARCHAR,
    "trigger"        VARCHAR,
    rule             VARCHAR,
    confidence       DOUBLE,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR
);

CREATE INDEX IF NOT EXISTS events_doc_id ON events (doc_id);

-- Every actor of every event; side is 'source' or 'target', idx the position within the side.
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    side     VARCHAR NOT NULL CHECK (side IN ('source', 'target')),
    idx      INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    name     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    role     VARCHAR,
    wikidata VARCHAR,
    PRIMARY KEY (event_id, side, idx)
);

-- Direct quotations with their speaker (flattened). start/end are character offsets in documents.text.
CREATE TABLE IF NOT EXISTS quotes (
    quote_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    sentence_index  INTEGER,
    text            VARCHAR NOT NULL,
    speaker_text    VARCHAR,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    "start"         INTEGER,
    "end"           INTEGER,
    verb            VARCHAR,
    rule            VARCHAR
);

CREATE INDEX IF NOT EXISTS quotes_doc_id ON quotes (doc_id);

-- Distinct resolved actors with how often they take part in events.
CREATE OR REPLACE VIEW actors AS
SELECT
    coalesce(name, text)                                  AS name,
    country,
    sector,
    role,
    count(*)                                              AS n_mentions,
    count(DISTINCT event_id)                              AS n_events,
    count(*) FILTER (WHERE side = 'source')               AS n_as_source,
    count(*) FILTER (WHERE side = 'target')               AS n_as_target
FROM event_actors
GROUP BY ALL;
