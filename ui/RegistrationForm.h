#pragma once
// What the registration dialogs (văn bản đến, văn bản đi) share: the error line under the form with the field the
// registry named framed in red (no pop-ups), and copying the files into the blob store on VanBan's thread pool
// while the dialog waits, with a progress dialog when it takes longer than half a second.

#include "common/Result.h"
#include "registry/RegistryCommon.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QDialog;
class QLabel;
class QLayout;
class QPushButton;
class QShortcut;
class QWidget;

namespace vanban::ui {

class RegistrationForm {
public:
    // The frame both dialogs share: the form on the left; the number it will get and the files on the right; the
    // error line and the buttons below. The caller connects `save`, `cancel` and `saveShortcut` (Ctrl+S).
    struct FrameTexts {
        QString numberTitle;
        QString filesTitle;
        QString dropHint;
        QString saveText;
        QString saveToolTip;
    };
    struct Frame {
        QLabel* error = nullptr;
        QPushButton* save = nullptr;
        QPushButton* cancel = nullptr;
        QShortcut* saveShortcut = nullptr;
    };
    static Frame buildFrame(QDialog* dialog, QLayout* form, QWidget* nextNumber, QWidget* files,
                            const FrameTexts& texts);

    // The style sheet that draws fields with the property invalid=true in red.
    static QString invalidFieldStyle();

    // label: the error line (hidden while there is no error). fields: registry field name → widget.
    RegistrationForm(QLabel* errorLabel, QHash<QString, QWidget*> fields)
        : m_error(errorLabel)
        , m_fields(std::move(fields)) {}

    QWidget* widgetForField(const QString& field) const { return m_fields.value(field); }
    // Shows the message, frames the named field and focuses it; returns that widget (or nullptr).
    QWidget* showError(const Error& error);
    void clearError();
    QString errorText() const;

    // Copies files into the blob store on the pool; the dialog is disabled meanwhile and user input waits.
    static Result<StoredFiles> storeFiles(QDialog* dialog, const BlobStore& blobs, const QStringList& files,
                                          const QString& progressText);

private:
    QLabel* m_error;
    QHash<QString, QWidget*> m_fields;
    QPointer<QWidget> m_highlighted;
};

} // namespace vanban::ui
