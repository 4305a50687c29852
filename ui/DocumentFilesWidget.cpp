#include "DocumentFilesWidget.h"

#include "AsyncTask.h"
#include "DocumentFormat.h"
#include "MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace vanban::ui {

DocumentFilesWidget::DocumentFilesWidget(const BlobStore& blobs, QWidget* parent)
    : QWidget(parent)
    , m_blobs(blobs) {
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("filesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_saveAs = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save &as…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveFileAsButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DocumentFilesWidget::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DocumentFilesWidget::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &DocumentFilesWidget::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &DocumentFilesWidget::saveSelectedAs);
    updateButtons();
}

void DocumentFilesWidget::setFiles(const QList<DocumentFile>& files) {
    m_files = files;
    m_list->clear();
    for (const DocumentFile& f : files) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, f.position == 0 ? tr("%1 (main document)").arg(f.name) : f.name);
        item->setToolTip(0, f.name);
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        item->setText(1, DocumentFormat::fileSize(f.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

const DocumentFile* DocumentFilesWidget::selectedFile() const {
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_files.size() ? &m_files[row] : nullptr;
}

void DocumentFilesWidget::updateButtons() {
    const bool selected = selectedFile() != nullptr;
    m_open->setEnabled(selected);
    m_saveAs->setEnabled(selected);
}

void DocumentFilesWidget::openSelected() {
    const DocumentFile* file = selectedFile();
    if (!file)
        return;
    // A folder per digest keeps the original file name (viewers show it in their title bar).
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("VanBan/") + file->sha256.left(16));
    const QString target = QDir(folder).filePath(QFileInfo(file->name).fileName());
    const QString sha = file->sha256;
    const BlobStore blobs = m_blobs;
    emit statusMessage(tr("Opening %1…").arg(file->name));
    AsyncTask::run(
        this,
        [blobs, sha, folder, target]() -> Status {
            if (!QDir().mkpath(folder))
                return Error{ErrorCode::External,
                             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
            return blobs.exportTo(sha, target);
        },
        [this, target](Status status) {
            if (!status) {
                MessageBox::warning(this, tr("Open file"), status.error().message);
                return;
            }
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
                MessageBox::warning(this, tr("Open file"),
                                    tr("No program is set up to open %1.").arg(QDir::toNativeSeparators(target)));
            emit statusMessage({});
        });
}

void DocumentFilesWidget::saveSelectedAs() {
    const DocumentFile* file = selectedFile();
    if (!file)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QFileInfo(file->name).fileName());
    const QString target = QFileDialog::getSaveFileName(this, tr("Save file as"), start);
    if (target.isEmpty())
        return;
    const QString sha = file->sha256;
    const BlobStore blobs = m_blobs;
    AsyncTask::run(
        this, [blobs, sha, target]() -> Status { return blobs.exportTo(sha, target); },
        [this, target](Status status) {
            if (!status)
                MessageBox::warning(this, tr("Save file as"), status.error().message);
            else
                emit statusMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)));
        });
}

} // namespace vanban::ui
