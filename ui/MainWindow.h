#pragma once
// The main window: the navigation pane with two sections — văn bản đến (the incoming register) and văn bản đi (the
// outgoing register) — each a lazy table with its detail pane and PDF preview; the search box and year filter act
// on the section shown. The registration dialogs, export of the register (PDF, CSV), background text indexing.

#include "model/Enums.h"
#include "model/User.h"

#include <atomic>

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace vanban {
class Database;
class Workspace;
struct SearchHits;
} // namespace vanban

namespace vanban::ui {

class DocumentDetailPane;
class InboxView;
class RegisterModel;
class SearchController;
class SyncController;
class SyncStatusLabel;
class TextIndexingController;
class WorkspaceWorker;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // workspace: the UI thread's connection. queryWorker: a worker on the same workspace for searches and
    // exports (e.g. the one that signed the user in); one is created when none is given.
    MainWindow(std::unique_ptr<Workspace> workspace, const User& user,
               std::unique_ptr<WorkspaceWorker> queryWorker = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The register, table and detail pane of the section shown.
    RegisterModel* registerModel() const { return m_model; }
    QTableView* registerTable() const { return m_table; }
    DocumentDetailPane* detailPane() const { return m_detail; }
    Direction currentSection() const { return m_current->direction; }
    RegisterModel* registerModel(Direction section) const { return sectionOf(section).model; }
    // The exchange: the “Chờ tiếp nhận” section, the background synchronisation and its status-bar label.
    InboxView* inboxView() const { return m_inbox; }
    bool isInboxShown() const { return m_inboxShown; }
    SyncController* syncController() const { return m_sync; }
    SyncStatusLabel* syncStatusLabel() const { return m_syncLabel; }
    // Selects a document's row (if it is in the current view); returns whether it was found.
    bool selectDocument(qint64 id);
    void selectFirstRow();

public slots:
    // Shows the incoming (văn bản đến) or the outgoing (văn bản đi) register.
    void showSection(vanban::Direction section);
    // Shows the packages received through the exchange (“Chờ tiếp nhận”).
    void showInbox();
    // Starts the periodic exchange synchronisation (after the window is shown).
    void startSync();
    void syncNow();
    // Queues the selected outgoing document for the exchange (“Gửi liên thông”).
    void sendThroughExchange();
    void configureExchange();
    void registerIncoming();
    void issueOutgoing();
    // "Ký số": signs the selected document's main PDF into a new file (SignDialog).
    void signDocument();
    void refresh();
    void exportRegister();
    void about();
    void focusSearch();
    // Indexes the text of PDFs not yet indexed (after start-up and after each registration).
    void startIndexing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Section {
        Direction direction = Direction::Incoming;
        RegisterModel* model = nullptr;
        QTableView* table = nullptr;
        DocumentDetailPane* detail = nullptr;
        QWidget* page = nullptr;
        QTreeWidgetItem* navItem = nullptr;
        qint64 currentId = 0;
    };
    Section& sectionOf(Direction direction) { return direction == Direction::Incoming ? m_incoming : m_outgoing; }
    const Section& sectionOf(Direction direction) const {
        return direction == Direction::Incoming ? m_incoming : m_outgoing;
    }
    QWidget* createSectionPage(Section& section);
    void startDeferredIntegrityCheck();
    // The connection of the background integrity check while it runs (to interrupt it when the window closes).
    std::shared_ptr<std::atomic<Database*>> m_checkerDatabase;
    void createActions();
    void createToolBarAndMenus();
    QWidget* createCentralArea();
    void createStatusBar();
    void setupTable(Section& section);
    void reloadYears();
    void yearChosen();
    void currentRowChanged();
    void afterModelReset();
    void showSearchResults(const QString& text, const SearchHits& hits);
    void searchCleared();
    void updateCountLabel();
    void syncSortIndicator();
    void createExchange();
    void updateSendAction();
    void updateInboxNavText(int pending);
    void afterSyncRound();
    void afterInboxDecision();

    std::unique_ptr<Workspace> m_ws;
    User m_user;
    QString m_agencyName;
    std::unique_ptr<WorkspaceWorker> m_queries;
    Section m_incoming;
    Section m_outgoing;
    Section* m_current = &m_incoming;
    // The current section's (m_current's) model, table and detail pane.
    RegisterModel* m_model = nullptr;
    SearchController* m_search = nullptr;
    TextIndexingController* m_indexer = nullptr;
    qint64 m_currentId = 0;
    QString m_searchSummary;

    QAction* m_registerAction = nullptr;
    QAction* m_issueAction = nullptr;
    QAction* m_signAction = nullptr;
    QAction* m_incomingSectionAction = nullptr;
    QAction* m_outgoingSectionAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_inboxSectionAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_sendAction = nullptr;
    QAction* m_exchangeSettingsAction = nullptr;
    InboxView* m_inbox = nullptr;
    QTreeWidgetItem* m_inboxNavItem = nullptr;
    bool m_inboxShown = false;
    SyncController* m_sync = nullptr;
    SyncStatusLabel* m_syncLabel = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QTreeWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    DocumentDetailPane* m_detail = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_indexingLabel = nullptr;
    QProgressBar* m_indexingBar = nullptr;
    QLabel* m_userLabel = nullptr;
};

} // namespace vanban::ui
