#pragma once
// The outgoing register (sổ văn bản đi): number, issue date, số ký hiệu, type and subject, signer, recipients
// (nơi nhận), urgency, status.

#include "RegisterModel.h"

namespace vanban::ui {

class OutgoingRegisterModel : public RegisterModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        IssuedColumn,
        CodeColumn,
        SubjectColumn,
        SignerColumn,
        RecipientsColumn,
        UrgencyColumn,
        StatusColumn,
        ColumnCount
    };

    explicit OutgoingRegisterModel(Database& db, QObject* parent = nullptr)
        : RegisterModel(db, Direction::Outgoing,
                        {Field::Number, Field::Issued, Field::Code, Field::Subject, Field::Signer, Field::Recipients,
                         Field::Urgency, Field::Status},
                        parent) {}
};

} // namespace vanban::ui
