-- Schema 6: the digital signatures of every stored document file are verified when it is registered (Nghị định 30
-- Art. 21: a clerk checks the signatures of an incoming document) and the result is kept with the file.
-- signature_state: pending (not verified yet), unsigned, valid (every signature valid), invalid (at least one is
-- not), unreadable (not a readable PDF), not-pdf (another kind of file).
ALTER TABLE document_files ADD COLUMN signature_state TEXT NOT NULL DEFAULT 'pending';

CREATE INDEX document_files_pending_signatures ON document_files (signature_state) WHERE signature_state = 'pending';

-- The verifier's report as JSON (the same document as `vanban-cli verify --json`), one row per checked file.
CREATE TABLE document_signature_checks (
    file_id    INTEGER PRIMARY KEY REFERENCES document_files (id),
    checked_at TEXT NOT NULL,
    report     TEXT NOT NULL
);
