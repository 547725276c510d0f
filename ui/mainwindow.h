#pragma once

#include "store/storelocation.h"

#include <QtWidgets/QMainWindow>

#include <functional>

#include <optional>

class QLabel;
class QTabWidget;

namespace LedgerLink::Studio {

class AuditLogPage;
class ConnectionsPage;
class DashboardPage;
class DeadLettersPage;
class DryRunPage;
class MapperPage;
class MappingEditor;
class ReconciliationPage;
class SettingsPage;

/// The studio's main window: a host that lays out the pages and routes the global actions to
/// them; the pages own their behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `workspaceDir` is the workspace folder the studio works on; `title` names its connection
    /// pair ("Sandbox Shop ↔ Sandbox Books"). `state` is the state store of this session (the data
    /// location, decided at start by studioStateLocation()), handed to every page and the engine;
    /// std::nullopt: the workspace's own SQLite file.
    MainWindow(QString workspaceDir, const QString &title, std::optional<Store::StoreLocation> state = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The state store every page and the engine use in this session.
    const Store::StoreLocation &stateLocation() const { return m_state; }
    /// The chosen data location could not be used at start (`problem` says why): the status bar
    /// and the Settings page say that this session works on the state store it was given.
    void setStateProblem(const QString &problem);
    /// What the status bar says about the state store ("State store: ...").
    QString stateStoreText() const;

    DryRunPage *dryRunPage() const { return m_dryRunPage; }
    MapperPage *mapperPage() const { return m_mapperPage; }
    MappingEditor *mappingEditor() const { return m_mappingEditor; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    DeadLettersPage *deadLettersPage() const { return m_deadLettersPage; }
    ReconciliationPage *reconciliationPage() const { return m_reconciliationPage; }
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    QTabWidget *pages() const { return m_pages; }

    /// How the studio starts itself again (tests record it); the default starts this program
    /// with the same arguments once this one has quit.
    void setRestarter(std::function<void()> restart) { m_restart = std::move(restart); }

public slots:
    /// Closes the window (asking about unsaved mapping changes first) and starts the studio again.
    void restartStudio();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; ///< a new language: the tab titles follow

private:
    void showStateStore();

    std::function<void()> m_restart;
    QString m_workspaceDir;
    Store::StoreLocation m_state;
    QString m_stateProblem;
    QLabel *m_stateLabel = nullptr;
    QTabWidget *m_pages = nullptr;
    DryRunPage *m_dryRunPage = nullptr;
    MappingEditor *m_mappingEditor = nullptr;
    MapperPage *m_mapperPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    DeadLettersPage *m_deadLettersPage = nullptr;
    ReconciliationPage *m_reconciliationPage = nullptr;
    ConnectionsPage *m_connectionsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
};

} // namespace LedgerLink::Studio
