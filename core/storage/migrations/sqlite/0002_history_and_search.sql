-- Schema 2: the history of every change, and the full-text index.
CREATE TABLE document_history (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    action      TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX document_history_by_document ON document_history (document_id);

-- Text is folded by VanBan (lower case, no diacritics, đ → d) before it is indexed or searched, so the same
-- folding serves a PostgreSQL index later. rowid = documents.id.
CREATE VIRTUAL TABLE document_search USING fts5 (
    meta,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Documents registered before schema 2 get their metadata indexed now (already folded text is rebuilt by
-- the application's index check at open; here only the raw columns are available).
INSERT INTO meta (key, value) VALUES ('search_reindex_needed', '1');
