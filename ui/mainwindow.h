#pragma once

#include <QtWidgets/QMainWindow>

class QTabWidget;

namespace LedgerLink::Studio {

class AuditLogPage;
class ConnectionsPage;
class DashboardPage;
class DeadLettersPage;
class DryRunPage;
class MapperPage;
class MappingEditor;
class SettingsPage;

/// The studio's main window: a host that lays out the pages and routes the global actions to
/// them; the pages own their behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `workspaceDir` is the workspace folder the studio works on; `title` names its connection
    /// pair ("Sandbox Shop ↔ Sandbox Books").
    MainWindow(QString workspaceDir, const QString &title, QWidget *parent = nullptr);
    ~MainWindow() override;

    DryRunPage *dryRunPage() const { return m_dryRunPage; }
    MapperPage *mapperPage() const { return m_mapperPage; }
    MappingEditor *mappingEditor() const { return m_mappingEditor; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    DeadLettersPage *deadLettersPage() const { return m_deadLettersPage; }
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    QTabWidget *pages() const { return m_pages; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; ///< a new language: the tab titles follow

private:
    QString m_workspaceDir;
    QTabWidget *m_pages = nullptr;
    DryRunPage *m_dryRunPage = nullptr;
    MappingEditor *m_mappingEditor = nullptr;
    MapperPage *m_mapperPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    DeadLettersPage *m_deadLettersPage = nullptr;
    ConnectionsPage *m_connectionsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
};

} // namespace LedgerLink::Studio
