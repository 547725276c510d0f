#pragma once

#include "connectors/connector.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/**
 * Connection health: one ✓/✗ line per side (the store, the books or ERP) with the connector's
 * own answer to "Test connection" (Connector::checkConnection: reachable, authenticated,
 * permissions, rate-limit budget). The checks run on a pool thread, never on the GUI thread: when
 * the page is shown and every few minutes while it stays shown. A non-sandbox workspace's access
 * tokens are read from the keychain first, on the main thread, asynchronously (QtKeychain's
 * rule). The sandbox workspace is checked while a sandbox serves it (the studio's own, started
 * by the first sync, or `ledgerlink-cli sandbox serve`).
 */
class ConnectionHealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionHealthPanel)

public:
    enum class Side { Store, Erp };
    enum class State { Unknown, Checking, Ok, Failed, NotRunning };

    explicit ConnectionHealthPanel(QString workspaceDir, QWidget *parent = nullptr);
    ~ConnectionHealthPanel() override;

    /// Checks now (unless a check is under way), and then every `intervalMs` while active.
    void setActive(bool active);
    void checkNow();
    bool isChecking() const { return m_checking; }
    State state(Side side) const;
    QString text(Side side) const;
    static constexpr int intervalMs = 3 * 60 * 1000;

signals:
    /// A check ended (whatever its outcome); its lines are shown.
    void checked();

private:
    struct Outcome;
    void runChecks(const std::optional<std::pair<QByteArray, QByteArray>> &tokens);
    void show(const Outcome &outcome);
    void readTokens(const Connectors::ConnectorConfig &store, const Connectors::ConnectorConfig &erp);

    QString m_workspaceDir;
    QLabel *m_store = nullptr;
    QLabel *m_erp = nullptr;
    QLabel *m_when = nullptr;
    QString m_storeText; ///< the lines as plain text (the labels colour the mark)
    QString m_erpText;
    QTimer *m_timer = nullptr;
    bool m_checking = false;
    State m_storeState = State::Unknown;
    State m_erpState = State::Unknown;
    std::unique_ptr<Secrets::CredentialStore> m_keychain; ///< created on first use (main thread)
};

} // namespace LedgerLink::Studio
