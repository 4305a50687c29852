#include "FileListEditor.h"

#include "DocumentFormat.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

namespace vanban::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

FileListEditor::FileListEditor(QWidget* parent)
    : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(90);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setIconSize(QSize(24, 24));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Down"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 5, 1);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_up, 2, 1);
    layout->addWidget(m_down, 3, 1);
    layout->setRowStretch(4, 1);
    layout->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &FileListEditor::browse);
    connect(m_remove, &QPushButton::clicked, this, &FileListEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, &FileListEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &FileListEditor::moveDown);
    connect(m_list, &QListWidget::currentRowChanged, this, &FileListEditor::updateButtons);
    updateButtons();
}

QStringList FileListEditor::files() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(kPathRole).toString();
    return out;
}

int FileListEditor::addFiles(const QStringList& paths) {
    QStringList present = files();
    int added = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || present.contains(info.absoluteFilePath()))
            continue;
        present << info.absoluteFilePath();
        auto* item = new QListWidgetItem(m_list);
        item->setData(kPathRole, info.absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        ++added;
    }
    if (added > 0) {
        relabel();
        m_list->setCurrentRow(m_list->count() - 1);
        emit filesChanged();
    }
    return added;
}

QStringList FileListEditor::pdfFilesIn(const QMimeData* mime) {
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            out << url.toLocalFile();
    return out;
}

void FileListEditor::browse() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PDF documents (*.pdf *.PDF);;All files (*)"));
    addFiles(paths);
}

void FileListEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    relabel();
    updateButtons();
    emit filesChanged();
}

void FileListEditor::moveUp() {
    move(-1);
}

void FileListEditor::moveDown() {
    move(1);
}

void FileListEditor::move(int delta) {
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    relabel();
    emit filesChanged();
}

void FileListEditor::relabel() {
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QFileInfo info(item->data(kPathRole).toString());
        const QString size = DocumentFormat::fileSize(info.size());
        item->setText(info.fileName() + QLatin1Char('\n') +
                      (i == 0 ? tr("Main document · %1").arg(size) : tr("Attachment · %1").arg(size)));
        QFont font = item->font();
        font.setBold(i == 0);
        item->setFont(font);
    }
}

void FileListEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace vanban::ui
