#include "SyncStatusLabel.h"

#include "DocumentFormat.h"
#include "ExchangeFormat.h"
#include "SyncController.h"

namespace vanban::ui {

SyncStatusLabel::SyncStatusLabel(SyncController* controller, bool mayConfigure, QWidget* parent)
    : QLabel(parent)
    , m_controller(controller)
    , m_mayConfigure(mayConfigure) {
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("configure"))
            emit configureRequested();
    });
    connect(controller, &SyncController::roundStarted, this, &SyncStatusLabel::refresh);
    connect(controller, &SyncController::roundFinished, this, &SyncStatusLabel::refresh);
    connect(controller, &SyncController::stateChanged, this, &SyncStatusLabel::refresh);
    refresh();
}

void SyncStatusLabel::refresh() {
    const SyncState& state = m_controller->state();
    if (!state.known && m_controller->isRunning()) {
        setText(tr("Synchronising…"));
        return;
    }
    if (!state.known) {
        setText(tr("Exchange: …"));
        setToolTip({});
        return;
    }
    if (!state.configured) {
        QString text = tr("Exchange not configured");
        if (m_mayConfigure)
            text += QStringLiteral(" — <a href=\"configure\">%1</a>").arg(tr("Configure…").toHtmlEscaped());
        setText(text);
        setToolTip(m_mayConfigure ? tr("This workspace is not connected to the provincial document exchange yet.")
                                  : tr("This workspace is not connected to the provincial document exchange yet. "
                                       "An administrator sets it up."));
        return;
    }
    const QString counts = tr("%1 waiting to be sent · %2 to accept").arg(state.waitingOutbox).arg(state.pendingInbox);
    if (m_controller->isRunning()) {
        setText(tr("Synchronising…") + QStringLiteral(" · ") + counts.toHtmlEscaped());
        return;
    }
    if (!m_controller->hasRun()) {
        setText(tr("Not synchronised yet") + QStringLiteral(" · ") + counts.toHtmlEscaped());
        setToolTip({});
        return;
    }
    const SyncRound& last = m_controller->lastRound();
    QString text = tr("Synchronised %1: %2 sent, %3 received")
                       .arg(DocumentFormat::dateTime(last.finishedAt))
                       .arg(last.report.sent)
                       .arg(last.report.received)
                       .toHtmlEscaped() +
                   QStringLiteral(" · ") + counts.toHtmlEscaped();
    QStringList problems = last.report.problems;
    if (!last.error.isEmpty()) {
        problems.prepend(last.error);
        text = tr("Synchronisation failed %1").arg(DocumentFormat::dateTime(last.finishedAt)).toHtmlEscaped() +
               QStringLiteral(" · ") + counts.toHtmlEscaped();
    }
    if (!problems.isEmpty()) {
        text = QStringLiteral("<span style=\"color:%1; font-weight:bold\">⚠ %2</span> ")
                   .arg(ExchangeFormat::attentionColor().name(),
                        tr("%n problem(s)", nullptr, int(problems.size())).toHtmlEscaped()) +
               text;
        QString tip = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Problems of the last synchronisation:"));
        for (const QString& p : problems)
            tip += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        setToolTip(tip + QStringLiteral("</ul>"));
    } else {
        setToolTip(tr("Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the outbox.")
                       .arg(last.report.sent)
                       .arg(last.report.received)
                       .arg(last.report.statuses)
                       .arg(last.report.waiting));
    }
    setText(text);
}

} // namespace vanban::ui
