#pragma once
// Closed value sets of the domain with their stable codes (CLI/JSON), edXML numbers and Vietnamese names.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace vanban {

// Độ khẩn; the numbers are edXML OtherInfo/Priority.
enum class Priority { Normal = 0, Urgent = 1, VeryUrgent = 2, Flash = 3 };
// Độ mật (Luật 29/2018/QH14); a client field, not in edXML.
enum class Secrecy { None = 0, Confidential = 1, Secret = 2, TopSecret = 3 };
enum class Role { Admin, Clerk, Leader, Specialist };
enum class Direction { Incoming, Outgoing };

class Enums {
    Q_DECLARE_TR_FUNCTIONS(Enums)

public:
    static QString code(Priority p);
    static std::optional<Priority> priorityFromCode(const QString& code);
    static QString label(Priority p); // Thường / Khẩn / Thượng khẩn / Hỏa tốc

    static QString code(Secrecy s);
    static std::optional<Secrecy> secrecyFromCode(const QString& code);
    static QString label(Secrecy s); // — / Mật / Tối mật / Tuyệt mật

    static QString code(Role r);
    static std::optional<Role> roleFromCode(const QString& code);
    static QString label(Role r);

    static QString code(Direction d) {
        return d == Direction::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    }

    // Document status codes: the register knows 'registered' now; the workflow adds the rest.
    static QString statusLabel(const QString& status, Direction direction = Direction::Incoming);

    // The document types of Nghị định 30/2020 Art. 7 (văn bản hành chính), in their Vietnamese names.
    static const QStringList& documentTypes();
};

} // namespace vanban
