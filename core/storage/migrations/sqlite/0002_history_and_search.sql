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
-- folding serves a PostgreSQL index later. rowid = documents.id. The prefix index serves the unfinished last
-- word of a query.
CREATE VIRTUAL TABLE document_search USING fts5 (
    meta,
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);

-- Documents registered before schema 2 are indexed by the application when it next opens the workspace (the
-- folding is C++ code, not SQL).
INSERT INTO meta (key, value) VALUES ('search_reindex_needed', '1');
