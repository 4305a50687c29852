#include "MainWindow.h"

#include "DocumentDetailPane.h"
#include "ExchangeSettingsDialog.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "IncomingRegisterModel.h"
#include "IssueOutgoingDialog.h"
#include "MessageBox.h"
#include "OutgoingRegisterModel.h"
#include "RegisterIncomingDialog.h"
#include "SearchController.h"
#include "SendExchangeDialog.h"
#include "SignDialog.h"
#include "SyncController.h"
#include "SyncStatusLabel.h"
#include "TextIndexingController.h"
#include "WorkspaceWorker.h"
#include "documents/DocumentRepository.h"
#include "pdf/RegisterPdfExport.h"
#include "reports/RegisterExport.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace vanban::ui {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, const User& user,
                       std::unique_ptr<WorkspaceWorker> queryWorker, QWidget* parent)
    : QMainWindow(parent)
    , m_ws(std::move(workspace))
    , m_user(user)
    , m_queries(std::move(queryWorker)) {
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_queries)
        m_queries = std::make_unique<WorkspaceWorker>(m_ws->dir());
    auto agency = m_ws->agency();
    m_agencyName = agency ? agency->organName : QString();
    setWindowTitle(tr("VanBan — %1 — %2").arg(m_agencyName, m_user.fullName));
    setWindowIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));

    m_incoming.direction = Direction::Incoming;
    m_incoming.model = new IncomingRegisterModel(m_ws->database(), this);
    m_outgoing.direction = Direction::Outgoing;
    m_outgoing.model = new OutgoingRegisterModel(m_ws->database(), this);
    m_sync = new SyncController(m_ws->dir(), this);
    createActions();
    createToolBarAndMenus();
    setCentralWidget(createCentralArea());
    createStatusBar();
    setupTable(m_incoming);
    setupTable(m_outgoing);
    m_model = m_incoming.model;
    m_table = m_incoming.table;
    m_detail = m_incoming.detail;

    m_search = new SearchController(*m_queries, m_searchBox, this);
    connect(m_search, &SearchController::started, this,
            [this](const QString& text) { statusBar()->showMessage(tr("Searching for “%1”…").arg(text)); });
    connect(m_search, &SearchController::resultsReady, this, &MainWindow::showSearchResults);
    connect(m_search, &SearchController::cleared, this, &MainWindow::searchCleared);
    connect(m_search, &SearchController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    m_indexer = new TextIndexingController(m_ws->dir(), this);
    connect(m_indexer, &TextIndexingController::runningChanged, this, [this](bool running) {
        m_indexingLabel->setVisible(running);
        m_indexingBar->setVisible(running);
    });
    connect(m_indexer, &TextIndexingController::finished, this, [this](int files) {
        if (files > 0)
            statusBar()->showMessage(tr("The text of %n PDF file(s) was indexed for searching.", nullptr, files), 5000);
    });
    connect(m_indexer, &TextIndexingController::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Indexing the PDF text failed: %1").arg(message), 10000);
    });
    for (Section* section : {&m_incoming, &m_outgoing}) {
        RegisterModel* model = section->model;
        connect(model, &RegisterModel::errorOccurred, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
            if (model == m_model)
                afterModelReset();
        });
    }

    createExchange();
    reloadYears();
    updateCountLabel();
    updateSendAction();
    m_queries->post(
        this, [](Workspace&) { return Status{}; }, [](Status) {}); // opens its connection now
    startDeferredIntegrityCheck();
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

// A large workspace's daily quick_check runs here, on its own connection and thread, instead of delaying the start.
void MainWindow::startDeferredIntegrityCheck() {
    if (!m_ws->database().quickCheckDue())
        return;
    auto* checker = new WorkspaceWorker(m_ws->dir(), this);
    m_checkerDatabase = std::make_shared<std::atomic<Database*>>(nullptr);
    // Shown once the window is up (a temporary message set before the first show overlaps the count).
    QTimer::singleShot(0, this, [this] {
        if (m_checkerDatabase)
            statusBar()->showMessage(tr("Checking the database in the background…"));
    });
    checker->post(
        this,
        [running = m_checkerDatabase](Workspace& ws) {
            running->store(&ws.database());
            Status checked = ws.database().runQuickCheck();
            running->store(nullptr);
            return checked;
        },
        [this, checker](Status checked) {
            checker->deleteLater();
            m_checkerDatabase.reset();
            if (checked) {
                statusBar()->showMessage(tr("The database was checked: no damage found."), 5000);
                return;
            }
            statusBar()->clearMessage();
            MessageBox::warning(this, tr("The database is damaged"), checked.error().message);
        });
}

MainWindow::~MainWindow() {
    // A background check still running is interrupted rather than waited for (it runs again at the next start).
    if (m_checkerDatabase)
        if (Database* running = m_checkerDatabase->load())
            running->interrupt();
    // The workers stop (and close their connections), and nothing reads the UI connection any more, before it
    // closes with m_ws (members go before the child widgets).
    delete m_indexer;
    delete m_sync; // waits for a round still running
    m_sync = nullptr;
    m_queries.reset();
    for (Section* section : {&m_incoming, &m_outgoing}) {
        section->table->setModel(nullptr);
        delete section->model;
    }
}

void MainWindow::createActions() {
    m_registerAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Register incoming document…"), this);
    m_registerAction->setObjectName(QStringLiteral("registerAction"));
    m_registerAction->setIconText(tr("Register"));
    m_registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_registerAction->setEnabled(m_user.mayRegisterDocuments());
    m_registerAction->setStatusTip(
        m_user.mayRegisterDocuments()
            ? tr("Enter a new incoming document in the register and give it its arrival number")
            : tr("Only a records clerk or an administrator registers documents"));
    connect(m_registerAction, &QAction::triggered, this, &MainWindow::registerIncoming);

    m_issueAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Issue outgoing number…"), this);
    m_issueAction->setObjectName(QStringLiteral("issueAction"));
    m_issueAction->setIconText(tr("Issue number"));
    m_issueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_issueAction->setEnabled(m_user.mayRegisterDocuments());
    m_issueAction->setStatusTip(m_user.mayRegisterDocuments()
                                    ? tr("Give an outgoing document its number in the outgoing register")
                                    : tr("Only a records clerk or an administrator issues numbers"));
    connect(m_issueAction, &QAction::triggered, this, &MainWindow::issueOutgoing);

    m_signAction = SignDialog::createAction(m_user, this);
    connect(m_signAction, &QAction::triggered, this, &MainWindow::signDocument);

    m_incomingSectionAction = new QAction(tr("&Incoming documents"), this);
    m_incomingSectionAction->setObjectName(QStringLiteral("incomingSectionAction"));
    m_incomingSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_incomingSectionAction, &QAction::triggered, this, [this] { showSection(Direction::Incoming); });
    m_outgoingSectionAction = new QAction(tr("&Outgoing documents"), this);
    m_outgoingSectionAction->setObjectName(QStringLiteral("outgoingSectionAction"));
    m_outgoingSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_outgoingSectionAction, &QAction::triggered, this, [this] { showSection(Direction::Outgoing); });

    m_inboxSectionAction = new QAction(tr("&Received through the exchange"), this);
    m_inboxSectionAction->setObjectName(QStringLiteral("inboxSectionAction"));
    m_inboxSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_inboxSectionAction, &QAction::triggered, this, &MainWindow::showInbox);

    m_syncAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("S&ynchronise"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setIconText(tr("Synchronise"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction->setStatusTip(tr("Send what waits in the outbox and receive from the exchange now"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);

    m_sendAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Send through the e&xchange…"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setIconText(tr("Send"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::sendThroughExchange);

    m_exchangeSettingsAction = new QAction(tr("Exchange &settings…"), this);
    m_exchangeSettingsAction->setObjectName(QStringLiteral("exchangeSettingsAction"));
    m_exchangeSettingsAction->setEnabled(m_user.mayManageUsers());
    m_exchangeSettingsAction->setStatusTip(m_user.mayManageUsers()
                                               ? tr("The address, SystemId and secret key of the document exchange")
                                               : tr("Only an administrator configures the exchange"));
    connect(m_exchangeSettingsAction, &QAction::triggered, this, &MainWindow::configureExchange);

    m_searchAction = new QAction(tr("&Search"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_exportAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export register (PDF, CSV)…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIconText(tr("Export"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRegister);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About VanBan"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    for (QAction* a : {m_registerAction, m_issueAction, m_signAction, m_refreshAction, m_searchAction, m_syncAction})
        if (!a->shortcut().isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                            a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::createToolBarAndMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_registerAction);
    file->addAction(m_issueAction);
    file->addAction(m_signAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_incomingSectionAction);
    view->addAction(m_outgoingSectionAction);
    view->addAction(m_inboxSectionAction);
    view->addSeparator();
    view->addAction(m_searchAction);
    view->addAction(m_refreshAction);
    QMenu* exchange = menuBar()->addMenu(tr("E&xchange"));
    exchange->addAction(m_syncAction);
    exchange->addAction(m_sendAction);
    exchange->addSeparator();
    exchange->addAction(m_exchangeSettingsAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_registerAction);
    bar->addAction(m_issueAction);
    bar->addAction(m_signAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_sendAction);
    bar->addAction(m_syncAction);
    bar->addSeparator();
    auto* yearLabel = new QLabel(tr("&Year:"), bar);
    m_yearCombo = new QComboBox(bar);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    yearLabel->setBuddy(m_yearCombo);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearCombo);
    connect(m_yearCombo, &QComboBox::activated, this, &MainWindow::yearChosen);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search documents (diacritics optional)…"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(320);
    m_searchBox->setToolTip(tr("Searches number, notation, sender, signer, subject and the text of the PDF (%1)")
                                .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    bar->addWidget(m_searchBox);
}

QWidget* MainWindow::createCentralArea() {
    m_nav = new QTreeWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(false);
    QFont bold = m_nav->font();
    bold.setBold(true);
    int navText = 0;
    auto addGroup = [&](Section& section, const QString& group, const QString& registerName) {
        auto* top = new QTreeWidgetItem(m_nav, {group});
        top->setIcon(0, style()->standardIcon(QStyle::SP_DirOpenIcon));
        top->setFlags(Qt::ItemIsEnabled);
        top->setFont(0, bold);
        auto* item = new QTreeWidgetItem(top, {registerName});
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        item->setData(0, Qt::UserRole, int(section.direction));
        section.navItem = item;
        navText = qMax(navText, qMax(QFontMetrics(bold).horizontalAdvance(group),
                                     m_nav->fontMetrics().horizontalAdvance(registerName) + m_nav->indentation()));
    };
    addGroup(m_incoming, tr("Incoming documents"), tr("Incoming register"));
    addGroup(m_outgoing, tr("Outgoing documents"), tr("Outgoing register"));
    {
        const QString group = tr("Exchange");
        auto* top = new QTreeWidgetItem(m_nav, {group});
        top->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
        top->setFlags(Qt::ItemIsEnabled);
        top->setFont(0, bold);
        m_inboxNavItem = new QTreeWidgetItem(top, {tr("Awaiting acceptance")});
        m_inboxNavItem->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        navText = qMax(navText, QFontMetrics(bold).horizontalAdvance(tr("Awaiting acceptance (%1)").arg(88)) +
                                    m_nav->indentation()); // bold while documents wait
    }
    m_nav->expandAll();
    m_nav->setCurrentItem(m_incoming.navItem);
    m_nav->setItemsExpandable(false);
    m_nav->setMinimumWidth(qMax(150, navText + m_nav->iconSize().width() + 32));
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item == m_inboxNavItem)
            showInbox();
        else if (item && item->data(0, Qt::UserRole).isValid())
            showSection(Direction(item->data(0, Qt::UserRole).toInt()));
    });

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    m_stack->addWidget(createSectionPage(m_incoming));
    m_stack->addWidget(createSectionPage(m_outgoing));
    m_inbox = new InboxView(m_ws->blobs(), *m_queries, m_user);
    m_inbox->setObjectName(QStringLiteral("inboxView"));
    m_stack->addWidget(m_inbox);

    auto* main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_nav);
    main->addWidget(m_stack);
    main->setStretchFactor(1, 1);
    main->setSizes({m_nav->minimumWidth(), 1100});
    main->setChildrenCollapsible(false);
    return main;
}

QWidget* MainWindow::createSectionPage(Section& section) {
    const bool incoming = section.direction == Direction::Incoming;
    section.table = new QTableView;
    section.table->setObjectName(incoming ? QStringLiteral("registerTable") : QStringLiteral("outgoingTable"));
    section.detail = new DocumentDetailPane(*m_ws, section.direction);
    section.detail->setObjectName(incoming ? QStringLiteral("detailPane") : QStringLiteral("outgoingDetailPane"));
    connect(section.detail, &DocumentDetailPane::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(incoming ? QStringLiteral("registerSplitter") : QStringLiteral("outgoingSplitter"));
    right->addWidget(section.table);
    right->addWidget(section.detail);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({380, 340});
    right->setChildrenCollapsible(false);
    section.page = right;
    return right;
}

void MainWindow::showSection(Direction direction) {
    Section& next = sectionOf(direction);
    const bool fromInbox = m_inboxShown;
    if (fromInbox) {
        m_inboxShown = false;
        m_yearCombo->setEnabled(true);
        m_searchBox->setEnabled(true);
        m_exportAction->setEnabled(true);
        m_stack->setCurrentWidget(next.page);
    }
    if (m_current != &next) {
        m_current->currentId = m_currentId;
        m_current = &next;
        m_model = next.model;
        m_table = next.table;
        m_detail = next.detail;
        m_currentId = next.currentId;
        m_stack->setCurrentWidget(next.page);
        reloadYears();
        m_search->setDirection(direction); // runs the search again in this register when there is one
        yearChosen();                      // the year chosen applies to this register too, when it has it
        if (!m_search->isActive() && m_model->isRestricted()) {
            m_model->setSearchIds(std::nullopt);
            syncSortIndicator();
        }
        updateCountLabel();
    } else if (fromInbox) {
        updateCountLabel();
    }
    updateSendAction();
    if (m_nav->currentItem() != next.navItem)
        m_nav->setCurrentItem(next.navItem);
    m_exportAction->setText(direction == Direction::Incoming ? tr("&Export register (PDF, CSV)…")
                                                             : tr("&Export outgoing register (PDF, CSV)…"));
}

void MainWindow::createStatusBar() {
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_indexingLabel = new QLabel(tr("Indexing the text of PDF files…"));
    m_indexingLabel->setObjectName(QStringLiteral("indexingLabel"));
    m_indexingBar = new QProgressBar;
    m_indexingBar->setRange(0, 0);
    m_indexingBar->setMaximumWidth(80);
    m_indexingBar->setMaximumHeight(14);
    m_indexingLabel->setVisible(false);
    m_indexingBar->setVisible(false);
    m_userLabel = new QLabel(tr("%1 (%2)").arg(m_user.fullName, Enums::label(m_user.role)));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setToolTip(tr("Signed in as %1").arg(m_user.login));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_indexingLabel);
    statusBar()->addPermanentWidget(m_indexingBar);
    m_syncLabel = new SyncStatusLabel(m_sync, m_user.mayManageUsers());
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::setupTable(Section& section) {
    QTableView* table = section.table;
    RegisterModel* model = section.model;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setIconSize(QSize(14, 14));
    QHeaderView* header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicator(model->columnOf(RegisterModel::Field::Number), Qt::DescendingOrder);
    table->setSortingEnabled(true); // the model sorts in SQL
    // Widths for Vietnamese dates and numbers; the subject takes the rest.
    const QFontMetrics fm = table->fontMetrics();
    const int date = fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 18;
    const QFontMetrics headerFm = header->fontMetrics();
    QFont bold = table->font();
    bold.setBold(true); // urgent levels are shown in bold, after their mark
    using Field = RegisterModel::Field;
    for (int column = 0; column < model->columnCount(); ++column) {
        int px = 0;
        switch (model->field(column)) {
        case Field::Number:
            px = fm.horizontalAdvance(QStringLiteral("00000")) + 22;
            break;
        case Field::Arrival:
        case Field::Issued:
        case Field::Due:
            px = date;
            break;
        case Field::Sender:
            px = fm.horizontalAdvance(QLatin1Char('M')) * 14;
            break;
        case Field::Signer:
            px = fm.horizontalAdvance(QLatin1Char('M')) * 11;
            break;
        case Field::Recipients:
            px = fm.horizontalAdvance(QLatin1Char('M')) * 13;
            break;
        case Field::Code:
            px = fm.horizontalAdvance(QStringLiteral("000/QĐ-UBND-VP")) + 12;
            break;
        case Field::Urgency:
            px = QFontMetrics(bold).horizontalAdvance(Enums::label(Priority::VeryUrgent)) + table->iconSize().width() +
                 24;
            break;
        case Field::Status:
            px = qMax(80, fm.horizontalAdvance(Enums::statusLabel(QStringLiteral("registered"))) + 24);
            break;
        case Field::Subject:
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        const int title = headerFm.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 30;
        header->resizeSection(column, qMax(px, title)); // room for the title and the sort arrow
    }
    header->setMinimumSectionSize(40);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, table] {
        if (table == m_table)
            currentRowChanged();
    });
    // Enter (or a double click) on a row moves to the document itself.
    connect(table, &QAbstractItemView::activated, this, [this] { m_detail->setFocus(Qt::OtherFocusReason); });
}

void MainWindow::reloadYears() {
    const QVariant current = m_yearCombo->currentData();
    m_yearCombo->clear();
    m_yearCombo->addItem(tr("All years"), QVariant());
    auto years = DocumentRepository(m_ws->database()).years(m_model->direction());
    if (!years) {
        statusBar()->showMessage(years.error().message, 10000);
        return;
    }
    for (int y : *years)
        m_yearCombo->addItem(QString::number(y), y);
    const int index = m_yearCombo->findData(current);
    m_yearCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::yearChosen() {
    const QVariant data = m_yearCombo->currentData();
    const std::optional<int> year = data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
    m_model->setYear(year);
    m_search->setYear(year);
}

void MainWindow::signDocument() {
    if (m_detail->mainPdf().isEmpty()) {
        MessageBox::information(this, tr("Sign digitally"), tr("Select a document that has a PDF file first."));
        return;
    }
    SignDialog::signFile(this, m_detail->mainPdf());
}

void MainWindow::currentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->documentId(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_detail->showDocument(id);
    updateSendAction();
}

void MainWindow::afterModelReset() {
    updateCountLabel();
    // Keep the same document selected across sorting and refreshing when it is still near the top.
    if (m_currentId != 0 && !selectDocument(m_currentId))
        m_detail->showDocument(m_currentId);
}

bool MainWindow::selectDocument(qint64 id) {
    const int row = m_model->rowOfId(id, 2000);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::selectFirstRow() {
    if (m_inboxShown) {
        m_inbox->selectFirstRow();
        return;
    }
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(0, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void MainWindow::updateCountLabel() {
    if (m_inboxShown) {
        m_countLabel->setText(tr("%Ln received document(s) shown", nullptr, m_inbox->model()->rowCount()));
        return;
    }
    const int count = m_model->rowCount();
    if (m_model->isRestricted() && !m_searchSummary.isEmpty())
        m_countLabel->setText(m_searchSummary);
    else
        m_countLabel->setText(tr("%Ln document(s)", nullptr, count));
}

void MainWindow::syncSortIndicator() {
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker block(header); // the model is already sorted
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void MainWindow::showSearchResults(const QString& text, const SearchHits& hits) {
    const int total = int(qMin<qint64>(hits.total, std::numeric_limits<int>::max()));
    m_searchSummary = hits.totalExact ? tr("Found %Ln document(s) for “%1”", nullptr, total).arg(text)
                                      : tr("Found more than %Ln document(s) for “%1”", nullptr, total).arg(text);
    if (hits.total > hits.ids.size())
        m_searchSummary += hits.rankedByRelevance ? tr("; the %L1 best matches are shown").arg(hits.ids.size())
                                                  : tr("; the %L1 newest are shown").arg(hits.ids.size());
    statusBar()->clearMessage();
    m_model->setSearchIds(hits.ids);
    syncSortIndicator();
    updateCountLabel();
    if (m_model->rowCount() > 0 && !selectDocument(m_currentId)) {
        const QModelIndex first = m_model->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(first,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(first);
    }
}

void MainWindow::searchCleared() {
    m_searchSummary.clear();
    statusBar()->clearMessage();
    if (!m_model->isRestricted())
        return;
    m_model->setSearchIds(std::nullopt);
    syncSortIndicator();
    updateCountLabel();
}

void MainWindow::focusSearch() {
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void MainWindow::refresh() {
    m_inbox->reload();
    m_sync->refreshState();
    if (m_inboxShown) {
        statusBar()->showMessage(tr("The list was refreshed."), 3000);
        return;
    }
    reloadYears();
    yearChosen(); // runs the search again when there is one
    m_model->refresh();
    const Section& other = m_current == &m_incoming ? m_outgoing : m_incoming;
    other.model->refresh(); // counted again when it is shown
    m_detail->showDocument(m_currentId);
    statusBar()->showMessage(tr("The register was refreshed."), 3000);
}

void MainWindow::startIndexing() {
    m_indexer->start();
}

void MainWindow::registerIncoming() {
    if (!m_user.mayRegisterDocuments())
        return;
    showSection(Direction::Incoming);
    RegisterIncomingDialog dialog(*m_ws, m_user, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.registration())
        return;
    const Registration reg = *dialog.registration();
    // Show the new document: the whole register of its year, newest first.
    m_search->clear(); // → searchCleared(): the whole register again
    reloadYears();
    m_model->refresh();
    m_table->sortByColumn(0, Qt::DescendingOrder);
    selectDocument(reg.id);
    statusBar()->showMessage(tr("Registered with arrival number %1.").arg(reg.arrivalNumberText), 8000);
    startIndexing();
}

void MainWindow::issueOutgoing() {
    if (!m_user.mayRegisterDocuments())
        return;
    showSection(Direction::Outgoing);
    IssueOutgoingDialog dialog(*m_ws, m_user, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.issuance())
        return;
    const Issuance issued = *dialog.issuance();
    m_search->clear();
    reloadYears();
    m_model->refresh();
    m_table->sortByColumn(0, Qt::DescendingOrder);
    selectDocument(issued.id);
    statusBar()->showMessage(tr("Number %1 issued.").arg(issued.code), 8000);
    startIndexing();
}

void MainWindow::exportRegister() {
    std::optional<int> year = m_model->year();
    if (!year) {
        QStringList years;
        for (int i = 1; i < m_yearCombo->count(); ++i)
            years << m_yearCombo->itemText(i);
        if (years.isEmpty())
            years << QString::number(QDate::currentDate().year());
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Export register"), tr("The register of the year:"), years, 0, false, &ok);
        if (!ok)
            return;
        year = chosen.toInt();
    }
    // PDF is the printable form to sign and bind (Nghị định 30 Art. 16, 22); CSV is for spreadsheets.
    const QString pdfFilter = tr("Printable register, PDF (*.pdf)");
    const QString csvFilter = tr("Spreadsheet, CSV (*.csv)");
    QString filter = pdfFilter;
    const Direction direction = m_model->direction();
    const QString name = direction == Direction::Incoming ? tr("incoming-register-%1").arg(*year)
                                                          : tr("outgoing-register-%1").arg(*year);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export register"), suggested,
                                                pdfFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    const bool pdf = filter == pdfFilter ? !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                         : path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    auto agency = m_ws->agency();
    if (!agency) {
        MessageBox::warning(this, tr("Export register"), agency.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exporting the register of %1…").arg(*year));
    const int y = *year;
    m_queries->post(
        this,
        [y, path, pdf, direction, agency = *agency](Workspace& ws) {
            return pdf ? RegisterPdfExport::write(ws.database(), agency, direction, y, path)
                       : RegisterExport::writeCsv(ws.database(), direction, y, path);
        },
        [this, path](Result<qint64> rows) {
            statusBar()->clearMessage();
            if (!rows) {
                MessageBox::warning(this, tr("Export register"), rows.error().message);
                return;
            }
            MessageBox::information(
                this, tr("Export register"),
                tr("%Ln document(s) written to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About VanBan"),
                       tr("<h3>VanBan %1</h3><p>Document management for Vietnamese government agencies: the incoming "
                          "register (sổ văn bản đến) under Nghị định 30/2020/NĐ-CP, full-text search and PDF "
                          "preview.</p><p>Workspace: %2<br>Agency: %3</p><p>Built with Qt %4.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_ws->dir()).toHtmlEscaped(), m_agencyName.toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_sync->shutdown(); // no new round; a running one finishes when the window is destroyed
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace vanban::ui
