-- Schema 1: agency, directory, users, books with their number sequences, documents and their files.
-- Dates are ISO 8601 text (yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss local time) so that they sort and stay portable.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE agency_profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    organ_id   TEXT NOT NULL,
    organ_name TEXT NOT NULL
);

CREATE TABLE organizations (
    organ_id  TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    parent_id TEXT,
    old_codes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'leader', 'specialist')),
    unit          TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE books (
    id         TEXT PRIMARY KEY,
    direction  TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    name       TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0
);

INSERT INTO books (id, direction, name, is_default) VALUES ('den', 'incoming', 'Sổ văn bản đến', 1);

-- The last number given per book, year and sequence (secret documents have their own, Nghị định 30 Art. 15).
CREATE TABLE number_sequences (
    book_id     TEXT NOT NULL REFERENCES books (id),
    year        INTEGER NOT NULL,
    secret      INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (book_id, year, secret)
);

CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    direction        TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    book_id          TEXT NOT NULL REFERENCES books (id),
    year             INTEGER NOT NULL,
    number           INTEGER NOT NULL,
    secret_sequence  INTEGER NOT NULL,
    arrival_date     TEXT,
    code_number      TEXT NOT NULL DEFAULT '',
    code_notation    TEXT NOT NULL DEFAULT '',
    issued_date      TEXT,
    type_name        TEXT NOT NULL,
    subject          TEXT NOT NULL,
    organ_id         TEXT NOT NULL DEFAULT '',
    organ_name       TEXT NOT NULL,
    signer_full_name TEXT NOT NULL DEFAULT '',
    priority         INTEGER NOT NULL DEFAULT 0,
    secrecy          INTEGER NOT NULL DEFAULT 0,
    due_date         TEXT,
    page_amount      INTEGER,
    status           TEXT NOT NULL,
    created_by       INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (book_id, year, secret_sequence, number)
);

CREATE INDEX documents_by_number ON documents (direction, year, number);
CREATE INDEX documents_by_arrival ON documents (direction, arrival_date);
CREATE INDEX documents_by_issued ON documents (direction, issued_date);
CREATE INDEX documents_by_due ON documents (direction, due_date);
CREATE INDEX documents_by_organ_name ON documents (direction, organ_name);
CREATE INDEX documents_duplicates ON documents (organ_id, code_number, code_notation, issued_date);

CREATE TABLE document_files (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    text_state  TEXT NOT NULL DEFAULT 'pending' CHECK (text_state IN ('pending', 'done', 'none', 'failed')),
    UNIQUE (document_id, position)
);

CREATE INDEX document_files_by_sha ON document_files (sha256);
CREATE INDEX document_files_pending_text ON document_files (text_state) WHERE text_state = 'pending';
