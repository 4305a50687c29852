-- Schema 4: the outgoing register (sổ văn bản đi). Numbers come from number_sequences like arrival numbers (per
-- book, year and secret sequence, Nghị định 30 Art. 15); số + ký hiệu of an outgoing document is unique within its
-- year, which the index below guarantees even across books and sequences. Existing rows keep their values.
INSERT INTO books (id, direction, name, is_default) VALUES ('di', 'outgoing', 'Sổ văn bản đi', 1)
    ON CONFLICT (id) DO NOTHING;

-- SignerInfo/Position and the free-text nơi nhận (ToPlaces) of DOMAIN.md §3.
ALTER TABLE documents ADD COLUMN signer_position TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN to_places TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX documents_outgoing_code ON documents (year, code_number, code_notation)
    WHERE direction = 'outgoing';
CREATE INDEX documents_by_signer ON documents (direction, signer_full_name);
