#pragma once

#include <atomic>
#include <memory>
// The main window: the navigation pane, the incoming register (lazy table) with its search box and year filter,
// the detail pane with the PDF preview, the registration dialog, CSV export, and background text indexing.

#include "model/User.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTreeWidget;

namespace vanban {
class Database;
class Workspace;
struct SearchHits;
} // namespace vanban

namespace vanban::ui {

class DocumentDetailPane;
class IncomingRegisterModel;
class SearchController;
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

    IncomingRegisterModel* registerModel() const { return m_model; }
    QTableView* registerTable() const { return m_table; }
    DocumentDetailPane* detailPane() const { return m_detail; }
    // Selects a document's row (if it is in the current view); returns whether it was found.
    bool selectDocument(qint64 id);
    void selectFirstRow();

public slots:
    void registerIncoming();
    void refresh();
    void exportRegister();
    void about();
    void focusSearch();
    // Indexes the text of PDFs not yet indexed (after start-up and after each registration).
    void startIndexing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void startDeferredIntegrityCheck();
    // The connection of the background integrity check while it runs (to interrupt it when the window closes).
    std::shared_ptr<std::atomic<Database*>> m_checkerDatabase;
    void createActions();
    void createToolBarAndMenus();
    QWidget* createCentralArea();
    void createStatusBar();
    void setupTable();
    void reloadYears();
    void yearChosen();
    void currentRowChanged();
    void afterModelReset();
    void showSearchResults(const QString& text, const SearchHits& hits);
    void searchCleared();
    void updateCountLabel();
    void syncSortIndicator();

    std::unique_ptr<Workspace> m_ws;
    User m_user;
    QString m_agencyName;
    std::unique_ptr<WorkspaceWorker> m_queries;
    IncomingRegisterModel* m_model = nullptr;
    SearchController* m_search = nullptr;
    TextIndexingController* m_indexer = nullptr;
    qint64 m_currentId = 0;
    QString m_searchSummary;

    QAction* m_registerAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QTreeWidget* m_nav = nullptr;
    QTableView* m_table = nullptr;
    DocumentDetailPane* m_detail = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_indexingLabel = nullptr;
    QProgressBar* m_indexingBar = nullptr;
    QLabel* m_userLabel = nullptr;
};

} // namespace vanban::ui
