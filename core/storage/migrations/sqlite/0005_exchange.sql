-- Schema 5: the inter-agency exchange (LGSP): configuration, the durable outbox, received packages waiting for the
-- clerk, the per-recipient state of sent documents, and the de-duplication of what the exchange delivers.

-- One row: where the exchange is and who this agency is on it. The secret is not here: it lives in the OS keychain
-- or, where there is none, encrypted (secret_ciphertext) with a key kept outside the workspace.
CREATE TABLE exchange_config (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    base_url          TEXT NOT NULL,
    system_id         TEXT NOT NULL,
    ca_file           TEXT NOT NULL DEFAULT '',
    secret_store      TEXT NOT NULL CHECK (secret_store IN ('keychain', 'encrypted')),
    secret_ciphertext TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL
);

-- A package waiting to be sent (or sent). It is written in the same transaction as the action that causes it.
-- request_id is generated once and reused on every retry (X-Request-Id). next_attempt_at carries the back-off
-- across restarts.
CREATE TABLE exchange_outbox (
    id              INTEGER PRIMARY KEY,
    message_type    TEXT NOT NULL CHECK (message_type IN ('edoc', 'status')),
    document_id     INTEGER REFERENCES documents (id),
    inbox_id        INTEGER REFERENCES exchange_inbox (id),
    edxml_document_id TEXT NOT NULL,
    status_code     TEXT NOT NULL DEFAULT '',
    package_sha256  TEXT NOT NULL,
    package_size    INTEGER NOT NULL,
    request_id      TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    hub_doc_id      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);

CREATE INDEX exchange_outbox_due ON exchange_outbox (state, next_attempt_at);
CREATE INDEX exchange_outbox_by_document ON exchange_outbox (document_id);

-- Every recipient of every outgoing document sent through the exchange, with its latest state.
CREATE TABLE exchange_recipients (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    outbox_id   INTEGER NOT NULL REFERENCES exchange_outbox (id),
    organ_id    TEXT NOT NULL,
    organ_name  TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'arrived', 'accepted', 'returned', 'assigned',
                                               'in-progress', 'done', 'failed')),
    status_code TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    UNIQUE (document_id, organ_id)
);

-- A received document package, waiting for the clerk ('pending'), registered ('accepted') or sent back
-- ('returned'). Its files are in the blob store; the whole package is kept too (package_sha256).
CREATE TABLE exchange_inbox (
    id                 INTEGER PRIMARY KEY,
    hub_doc_id         TEXT NOT NULL,
    edxml_document_id  TEXT NOT NULL,
    business_doc_type  INTEGER NOT NULL DEFAULT 0,
    business_reason    TEXT NOT NULL DEFAULT '',
    from_organ_id      TEXT NOT NULL,
    from_organ_name    TEXT NOT NULL DEFAULT '',
    code_number        TEXT NOT NULL DEFAULT '',
    code_notation      TEXT NOT NULL DEFAULT '',
    promulgation_date  TEXT,
    type_name          TEXT NOT NULL DEFAULT '',
    subject            TEXT NOT NULL DEFAULT '',
    signer_full_name   TEXT NOT NULL DEFAULT '',
    priority           INTEGER NOT NULL DEFAULT 0,
    due_date           TEXT,
    page_amount        INTEGER,
    package_sha256     TEXT NOT NULL,
    package_size       INTEGER NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'returned')),
    reason             TEXT NOT NULL DEFAULT '',
    registered_document_id INTEGER REFERENCES documents (id),
    received_at        TEXT NOT NULL,
    decided_at         TEXT,
    decided_by         INTEGER REFERENCES users (id)
);

-- A new document (BussinessDocType 0) is kept once per DocumentId; revoke/update/replace packages are kept per
-- package (they are shown to the clerk, never applied silently).
CREATE UNIQUE INDEX exchange_inbox_new_documents ON exchange_inbox (edxml_document_id) WHERE business_doc_type = 0;
CREATE INDEX exchange_inbox_by_state ON exchange_inbox (state);

CREATE TABLE exchange_inbox_files (
    id           INTEGER PRIMARY KEY,
    inbox_id     INTEGER NOT NULL REFERENCES exchange_inbox (id),
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    UNIQUE (inbox_id, position)
);

-- Every package the exchange handed to us, by the exchange's docId, with what we told it (done or fail). A
-- package listed again after a crash before the acknowledgement is recognised here and only acknowledged.
CREATE TABLE exchange_received (
    hub_doc_id   TEXT PRIMARY KEY,
    message_type TEXT NOT NULL CHECK (message_type IN ('edoc', 'status')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('done', 'fail')),
    reason       TEXT NOT NULL DEFAULT '',
    received_at  TEXT NOT NULL,
    acked_at     TEXT
);

-- Status messages received, once per (document, code, organ).
CREATE TABLE exchange_status_received (
    id                INTEGER PRIMARY KEY,
    edxml_document_id TEXT NOT NULL,
    status_code       TEXT NOT NULL,
    from_organ_id     TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    staff             TEXT NOT NULL DEFAULT '',
    status_time       TEXT,
    received_at       TEXT NOT NULL,
    UNIQUE (edxml_document_id, status_code, from_organ_id)
);

-- The agency directory as the exchange publishes it.
ALTER TABLE organizations ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- Each status code is sent at most once per received document.
CREATE UNIQUE INDEX exchange_outbox_status_once ON exchange_outbox (inbox_id, status_code) WHERE message_type = 'status';
