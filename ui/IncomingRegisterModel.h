#pragma once
// The incoming register (sổ văn bản đến): number, arrival date, sender, số ký hiệu, issue date, type and subject,
// deadline, urgency, status.

#include "RegisterModel.h"

namespace vanban::ui {

class IncomingRegisterModel : public RegisterModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ArrivalColumn,
        SenderColumn,
        CodeColumn,
        IssuedColumn,
        SubjectColumn,
        DueColumn,
        UrgencyColumn,
        StatusColumn,
        ColumnCount
    };

    explicit IncomingRegisterModel(Database& db, QObject* parent = nullptr)
        : RegisterModel(db, Direction::Incoming,
                        {Field::Number, Field::Arrival, Field::Sender, Field::Code, Field::Issued, Field::Subject,
                         Field::Due, Field::Urgency, Field::Status},
                        parent) {}
};

} // namespace vanban::ui
