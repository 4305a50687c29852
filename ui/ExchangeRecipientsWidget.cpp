#include "ExchangeRecipientsWidget.h"

#include "DocumentFormat.h"
#include "ExchangeFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vanban::ui {

ExchangeRecipientsWidget::ExchangeRecipientsWidget(QWidget* parent)
    : QWidget(parent) {
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("exchangeRecipients"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Agency"), tr("State"), tr("Since")});
    m_list->header()->setStretchLastSection(false);
    // The agency keeps a readable width; a long reason (bị trả lại, lỗi) takes the rest, in full in its tooltip.
    m_list->header()->setSectionResizeMode(AgencyColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(AgencyColumn, m_list->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 13);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("exchangeRecipientsEmpty"));
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    setRecipients({});
}

void ExchangeRecipientsWidget::setRecipients(const QList<RecipientState>& recipients) {
    m_list->clear();
    for (const RecipientState& r : recipients) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(AgencyColumn, r.organName.isEmpty() ? r.organId : r.organName);
        item->setToolTip(AgencyColumn, r.organId);
        item->setText(StateColumn, ExchangeFormat::recipientState(r));
        item->setToolTip(StateColumn, r.reason);
        item->setData(StateColumn, Qt::UserRole, r.state);
        if (r.state == QLatin1String("returned") || r.state == QLatin1String("failed"))
            item->setForeground(StateColumn, ExchangeFormat::attentionColor());
        item->setText(UpdatedColumn, DocumentFormat::dateTime(r.updated));
    }
    m_empty->setText(tr("This document has not been sent through the exchange."));
    m_empty->setVisible(recipients.isEmpty());
    m_list->setVisible(!recipients.isEmpty());
}

void ExchangeRecipientsWidget::showError(const QString& message) {
    m_list->clear();
    m_list->setVisible(false);
    m_empty->setText(message);
    m_empty->setVisible(true);
}

} // namespace vanban::ui
