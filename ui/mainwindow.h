#pragma once

#include <QtWidgets/QMainWindow>

class QTabWidget;

namespace LedgerLink::Studio {

class AuditLogPage;
class DashboardPage;
class DeadLettersPage;
class DryRunPage;

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
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    DeadLettersPage *deadLettersPage() const { return m_deadLettersPage; }
    QTabWidget *pages() const { return m_pages; }

private:
    QString m_workspaceDir;
    QTabWidget *m_pages = nullptr;
    DryRunPage *m_dryRunPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    DeadLettersPage *m_deadLettersPage = nullptr;
};

} // namespace LedgerLink::Studio
