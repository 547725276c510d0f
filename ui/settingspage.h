#pragma once

#include "studiosettings.h"

#include <QtWidgets/QWidget>

#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

class StoreWorker;

/**
 * The Settings page: data location (a SQLite file or a PostgreSQL server, whose password goes to
 * the OS keychain), the webhook receiver's address and port, the polling interval, the audit-log
 * retention, the language and the theme.
 *
 * "Apply" validates (each problem is shown next to its field), saves to QSettings, switches the
 * language (installTranslations: this page, the main window's tabs and the Connections page
 * retranslate at once; the other pages take full effect after a restart) and applies the theme.
 * The audit-log retention is also written to the state store in use, where the engine reads it at
 * the end of each run. The data location is decided once, when the studio starts
 * (studioStateLocation(): the main window hands it to every page and the engine), so a new one is
 * used from the next start; the page shows the one in use. The webhook and polling settings are
 * read each time the engine starts. "Restore defaults" refills the form.
 *
 * GUI thread only; the keychain is used asynchronously, the state store on a StoreWorker.
 */
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    /// `workspaceDir`: the open workspace, whose state store holds the audit-log retention the
    /// engine reads (read when the page opens, written on Apply); empty for none.
    explicit SettingsPage(QString workspaceDir = {}, QWidget *parent = nullptr);
    /// `state`: the state store in use in this session (the retention is read from and written to
    /// it); std::nullopt: the workspace's own SQLite file (none without a workspace).
    SettingsPage(QString workspaceDir, std::optional<Store::StoreLocation> state, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// The values the form holds now (not necessarily applied).
    StudioSettings formSettings() const;
    /// Fills the form (without applying).
    void setFormSettings(const StudioSettings &settings);
    QString statusText() const;
    /// The error shown next to `field` ("webhookPort", "sqlitePath", ...), or "".
    QString fieldError(const QString &field) const;
    /// What the page says about the state store in use ("In use in this session: ...").
    QString stateInUseText() const;
    /// The data location chosen in the settings could not be used when the studio started:
    /// `problem` says why (the page says that the workspace's own file is used instead).
    void setStateProblem(const QString &problem);

public slots:
    /// Validates, saves and applies the form; false (with the errors shown) when a value is wrong.
    bool apply();
    void restoreDefaults();

signals:
    /// The settings were saved and applied.
    void applied(const LedgerLink::Studio::StudioSettings &settings);
    /// The user asked to restart the studio now (a new language everywhere, a new data location).
    void restartRequested();
    /// The workspace's retention was read (`ok`: and shown) or written (on Apply).
    void retentionRead(bool ok);
    void retentionWritten(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateBackend();
    void showErrors(const QMap<QString, QString> &errors);
    void browseSqlite();
    void setStatus(const QString &text, bool error = false);
    void storePassword(const StudioSettings &settings);
    void readRetention();
    void writeRetention(int days);
    void showStateInUse();

    QString m_workspaceDir;
    std::optional<Store::StoreLocation> m_state; ///< the state store in use, if any
    QString m_stateProblem; ///< why the chosen data location is not the one in use
    std::unique_ptr<StoreWorker> m_worker; ///< the workspace's state store, off the GUI thread
    StudioSettings m_applied;
    QLabel *m_title = nullptr;
    QGroupBox *m_dataBox = nullptr;
    QGroupBox *m_webhookBox = nullptr;
    QGroupBox *m_syncBox = nullptr;
    QGroupBox *m_appearanceBox = nullptr;
    QFormLayout *m_dataForm = nullptr;
    QFormLayout *m_webhookForm = nullptr;
    QFormLayout *m_syncForm = nullptr;
    QFormLayout *m_appearanceForm = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QButtonGroup *m_backend = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_postgresHost = nullptr;
    QLineEdit *m_postgresPort = nullptr;
    QLineEdit *m_postgresDatabase = nullptr;
    QLineEdit *m_postgresUser = nullptr;
    QLineEdit *m_postgresPassword = nullptr;
    QLineEdit *m_webhookAddress = nullptr;
    QLineEdit *m_webhookPort = nullptr;
    QSpinBox *m_polling = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_restartNote = nullptr;
    QLabel *m_stateInUse = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_restart = nullptr; ///< shown once a change needs the next start
    QLabel *m_status = nullptr;
    QMap<QString, QLabel *> m_errors; ///< field name → its error label
    Secrets::CredentialStore *m_keychain = nullptr; ///< created on first use
};

} // namespace LedgerLink::Studio
