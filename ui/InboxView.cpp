#include "InboxView.h"

#include "ExchangeFormat.h"
#include "InboxDetailPane.h"
#include "InboxModel.h"
#include "MessageBox.h"
#include "ReturnDialog.h"
#include "WorkspaceWorker.h"
#include "exchange/ExchangeInbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace vanban::ui {

namespace {
struct Loaded {
    QList<InboxItem> items;
    int pending = 0;
};
struct Accepted {
    Result<Registration> registration;
    bool probableDuplicate = false;
};
} // namespace

InboxView::InboxView(const BlobStore& blobs, WorkspaceWorker& worker, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_user(user)
    , m_model(new InboxModel(this)) {
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("inboxFilter"));
    m_filter->addItem(tr("Awaiting acceptance"), QStringLiteral("pending"));
    m_filter->addItem(tr("Accepted"), QStringLiteral("accepted"));
    m_filter->addItem(tr("Returned"), QStringLiteral("returned"));
    m_filter->addItem(tr("All received"), QString());
    auto* filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &InboxView::reload);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics headerFm = header->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const QList<std::pair<int, int>> widths = {
        {InboxModel::KindColumn, em * 6},
        {InboxModel::SenderColumn, em * 14},
        {InboxModel::CodeColumn, fm.horizontalAdvance(QStringLiteral("000/QĐ-UBND-VP")) + 16},
        {InboxModel::DateColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 18},
        {InboxModel::TypeColumn, em * 7},
        {InboxModel::ReceivedColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 18},
        {InboxModel::StateColumn, em * 9},
    };
    for (const auto& [column, px] : widths) // room for the title too
        header->resizeSection(
            column, qMax(px, headerFm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24));
    header->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::currentRowChanged);

    m_detail = new InboxDetailPane(blobs, user.mayRegisterDocuments());
    m_detail->setObjectName(QStringLiteral("inboxDetailPane"));
    connect(m_detail, &InboxDetailPane::acceptRequested, this, &InboxView::acceptItem);
    connect(m_detail, &InboxDetailPane::returnRequested, this, &InboxView::returnItem);
    connect(m_detail, &InboxDetailPane::statusMessage, this, &InboxView::statusMessage);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch();
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 420});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void InboxView::reload() {
    const QString state = m_filter->currentData().toString();
    ++m_loading;
    m_worker.post(
        this,
        [state](Workspace& ws) -> Result<Loaded> {
            ExchangeInbox inbox(ws);
            auto items = inbox.items(state);
            if (!items)
                return items.error();
            Loaded out{items.value(), 0};
            if (state == QLatin1String("pending")) {
                out.pending = int(out.items.size());
            } else {
                auto pending = inbox.items(QStringLiteral("pending"));
                if (!pending)
                    return pending.error();
                out.pending = int(pending->size());
            }
            std::reverse(out.items.begin(), out.items.end()); // newest first
            return out;
        },
        [this, state](Result<Loaded> result) {
            --m_loading;
            if (!result) {
                emit statusMessage(result.error().message);
                emit loaded();
                return;
            }
            if (state != m_filter->currentData().toString())
                return; // another filter was chosen meanwhile; its answer follows
            const qint64 current = m_detail->itemId();
            m_model->setItems(result->items);
            const int row = m_model->rowOfId(current);
            if (row >= 0) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                                       QItemSelectionModel::Rows);
                m_detail->showItem(m_model->item(row));
            } else {
                m_detail->showItem(nullptr);
            }
            if (m_pending != result->pending) {
                m_pending = result->pending;
                emit pendingCountChanged(m_pending);
            }
            emit loaded();
        });
}

void InboxView::selectFirstRow() {
    if (m_model->rowCount() == 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setFocus();
}

void InboxView::currentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    m_detail->showItem(current.isValid() ? m_model->item(current.row()) : nullptr);
}

void InboxView::setBusy(bool busy) {
    m_busy = busy;
    m_detail->setBusy(busy);
}

void InboxView::acceptItem(qint64 inboxId) {
    accept(inboxId, false);
}

void InboxView::accept(qint64 inboxId, bool forceDuplicate) {
    if (!m_user.mayRegisterDocuments() || m_busy)
        return;
    setBusy(true);
    emit statusMessage(tr("Registering the received document…"));
    const User user = m_user;
    m_worker.post(
        this,
        [user, inboxId, forceDuplicate](Workspace& ws) -> Result<Accepted> {
            ExchangeInbox inbox(ws);
            Accepted out{inbox.accept(user, inboxId, {}, forceDuplicate), false};
            if (!out.registration && out.registration.error().code == ErrorCode::Conflict) {
                // Still pending after a conflict: the registry found a probable duplicate.
                auto item = inbox.get(inboxId);
                out.probableDuplicate = item && item->state == QLatin1String("pending");
            }
            return out;
        },
        [this, inboxId, forceDuplicate](Result<Accepted> done) {
            setBusy(false);
            emit statusMessage({});
            if (!done) {
                MessageBox::warning(this, tr("Accept the received document"), done.error().message);
                return;
            }
            const Result<Registration>& reg = done->registration;
            if (!reg) {
                if (done->probableDuplicate && !forceDuplicate) {
                    if (MessageBox::confirm(this, tr("Probable duplicate"),
                                            tr("%1\n\nRegister it anyway?").arg(reg.error().message),
                                            tr("&Register anyway")))
                        accept(inboxId, true);
                    return;
                }
                MessageBox::warning(this, tr("Accept the received document"), reg.error().message);
                reload();
                return;
            }
            if (reg->arrivalNumber == 0)
                MessageBox::information(this, tr("Accept the received document"),
                                        tr("The revocation was accepted; the sender is told (status 03)."));
            else
                MessageBox::information(
                    this, tr("Accept the received document"),
                    tr("Registered in the incoming book with arrival number %1. The sender is told (status 03).")
                        .arg(reg->arrivalNumberText));
            emit documentRegistered(reg->id, reg->arrivalNumberText);
            emit decided();
            reload();
        });
}

void InboxView::returnItem(qint64 inboxId) {
    if (!m_user.mayRegisterDocuments() || m_busy)
        return;
    const int row = m_model->rowOfId(inboxId);
    const InboxItem* item = m_model->item(row);
    if (!item)
        return;
    const QString what =
        item->code().isEmpty() ? item->fromOrganName : tr("%1 from %2").arg(item->code(), item->fromOrganName);
    ReturnDialog dialog(what, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    const User user = m_user;
    setBusy(true);
    m_worker.post(
        this,
        [user, inboxId, reason](Workspace& ws) { return ExchangeInbox(ws).returnToSender(user, inboxId, reason); },
        [this](Status returned) {
            setBusy(false);
            if (!returned) {
                MessageBox::warning(this, tr("Return to sender"), returned.error().message);
                reload();
                return;
            }
            emit statusMessage(tr("Returned to the sender with the reason (status 02)."));
            emit decided();
            reload();
        });
}

} // namespace vanban::ui
