-- Schema 3: indexes for the register's other sortable columns, so that sorting a register of a million documents
-- by số ký hiệu, loại văn bản, độ khẩn or trạng thái is as fast as sorting by number or date. The column "Loại và
-- trích yếu" sorts by type (then newest first): an index on the 500-character subject would cost more than it gives.
CREATE INDEX documents_by_code ON documents (direction, code_notation, code_number);
CREATE INDEX documents_by_type ON documents (direction, type_name);
CREATE INDEX documents_by_priority ON documents (direction, priority);
CREATE INDEX documents_by_status ON documents (direction, status);
