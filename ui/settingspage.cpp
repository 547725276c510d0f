#include "settingspage.h"

#include "engine/executor.h"
#include "engine/workspace.h"
#include "i18n.h"
#include "secrets/credentialstore.h"
#include "store/enginestaterepository.h"
#include "storeworker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtGui/QFont>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

const QColor errorColor(0xd9, 0x3f, 0x3a);

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

int portOf(const QLineEdit *edit)
{
    bool ok = false;
    const int port = edit->text().trimmed().toInt(&ok);
    return ok ? port : -1;
}

} // namespace

SettingsPage::SettingsPage(QString workspaceDir, QWidget *parent)
    : SettingsPage(std::move(workspaceDir), std::nullopt, parent)
{ }

SettingsPage::SettingsPage(QString workspaceDir, std::optional<Store::StoreLocation> state, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_state(std::move(state))
    , m_applied(StudioSettings::load())
{
    setObjectName(u"settingsPage"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    const auto errorLabel = [this](const QString &field, QWidget *parent) {
        auto *label = new QLabel(parent);
        label->setObjectName(field + u"Error"_s);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, errorColor);
        label->setPalette(palette);
        label->setVisible(false);
        m_errors.insert(field, label);
        return label;
    };
    const auto lineEdit = [](const QString &name, QWidget *parent) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(name);
        return edit;
    };

    // Data location.
    m_dataBox = new QGroupBox(content);
    m_dataBox->setObjectName(u"dataBox"_s);
    m_dataForm = new QFormLayout(m_dataBox);
    m_dataForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_sqlite = new QRadioButton(m_dataBox);
    m_sqlite->setObjectName(u"sqliteBackend"_s);
    m_postgres = new QRadioButton(m_dataBox);
    m_postgres->setObjectName(u"postgresBackend"_s);
    m_backend = new QButtonGroup(this);
    m_backend->addButton(m_sqlite, int(StudioSettings::DataBackend::Sqlite));
    m_backend->addButton(m_postgres, int(StudioSettings::DataBackend::Postgres));
    m_dataForm->addRow(m_sqlite);
    auto *pathRow = new QWidget(m_dataBox);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_sqlitePath = lineEdit(u"sqlitePath"_s, pathRow);
    pathLayout->addWidget(m_sqlitePath, 1);
    m_browse = new QPushButton(pathRow);
    m_browse->setObjectName(u"browseButton"_s);
    pathLayout->addWidget(m_browse);
    m_dataForm->addRow(new QLabel(content), pathRow);
    m_dataForm->addRow(QString(), errorLabel(u"sqlitePath"_s, m_dataBox));
    m_dataForm->addRow(m_postgres);
    m_postgresHost = lineEdit(u"postgresHost"_s, m_dataBox);
    m_dataForm->addRow(new QLabel(content), m_postgresHost);
    m_dataForm->addRow(QString(), errorLabel(u"postgresHost"_s, m_dataBox));
    m_postgresPort = lineEdit(u"postgresPort"_s, m_dataBox);
    m_dataForm->addRow(new QLabel(content), m_postgresPort);
    m_dataForm->addRow(QString(), errorLabel(u"postgresPort"_s, m_dataBox));
    m_postgresDatabase = lineEdit(u"postgresDatabase"_s, m_dataBox);
    m_dataForm->addRow(new QLabel(content), m_postgresDatabase);
    m_dataForm->addRow(QString(), errorLabel(u"postgresDatabase"_s, m_dataBox));
    m_postgresUser = lineEdit(u"postgresUser"_s, m_dataBox);
    m_dataForm->addRow(new QLabel(content), m_postgresUser);
    m_dataForm->addRow(QString(), errorLabel(u"postgresUser"_s, m_dataBox));
    m_postgresPassword = lineEdit(u"postgresPassword"_s, m_dataBox);
    m_postgresPassword->setEchoMode(QLineEdit::Password);
    m_dataForm->addRow(new QLabel(content), m_postgresPassword);
    m_stateInUse = new QLabel(m_dataBox);
    m_stateInUse->setObjectName(u"stateInUse"_s);
    m_stateInUse->setWordWrap(true);
    m_stateInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataForm->addRow(m_stateInUse);
    layout->addWidget(m_dataBox);

    // Webhooks, sync and retention side by side.
    auto *row = new QHBoxLayout;
    m_webhookBox = new QGroupBox(content);
    m_webhookBox->setObjectName(u"webhookBox"_s);
    m_webhookForm = new QFormLayout(m_webhookBox);
    m_webhookAddress = lineEdit(u"webhookAddress"_s, m_webhookBox);
    m_webhookForm->addRow(new QLabel(content), m_webhookAddress);
    m_webhookForm->addRow(QString(), errorLabel(u"webhookAddress"_s, m_webhookBox));
    m_webhookPort = lineEdit(u"webhookPort"_s, m_webhookBox);
    m_webhookForm->addRow(new QLabel(content), m_webhookPort);
    m_webhookForm->addRow(QString(), errorLabel(u"webhookPort"_s, m_webhookBox));
    row->addWidget(m_webhookBox, 1);

    m_syncBox = new QGroupBox(content);
    m_syncBox->setObjectName(u"syncBox"_s);
    m_syncForm = new QFormLayout(m_syncBox);
    m_polling = new QSpinBox(m_syncBox);
    m_polling->setObjectName(u"pollingInterval"_s);
    m_polling->setRange(1, 24 * 60);
    m_syncForm->addRow(new QLabel(content), m_polling);
    m_syncForm->addRow(QString(), errorLabel(u"pollingIntervalMinutes"_s, m_syncBox));
    m_retention = new QSpinBox(m_syncBox);
    m_retention->setObjectName(u"auditRetention"_s);
    m_retention->setRange(0, StudioSettings::maxAuditRetentionDays);
    m_syncForm->addRow(new QLabel(content), m_retention);
    m_syncForm->addRow(QString(), errorLabel(u"auditRetentionDays"_s, m_syncBox));
    row->addWidget(m_syncBox, 1);

    m_appearanceBox = new QGroupBox(content);
    m_appearanceBox->setObjectName(u"appearanceBox"_s);
    m_appearanceForm = new QFormLayout(m_appearanceBox);
    m_language = new QComboBox(m_appearanceBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(QString(), QString()); // follow the system
    // Languages are named in their own language, so each can be found whatever is shown now.
    const QStringList available = availableLanguages();
    for (const auto &[code, name] : {std::pair{u"en"_s, u"English"_s}, std::pair{u"de"_s, u"Deutsch"_s}}) {
        if (available.contains(code))
            m_language->addItem(name, code);
    }
    m_appearanceForm->addRow(new QLabel(content), m_language);
    m_appearanceForm->addRow(QString(), errorLabel(u"language"_s, m_appearanceBox));
    m_theme = new QComboBox(m_appearanceBox);
    m_theme->setObjectName(u"theme"_s);
    for (StudioSettings::Theme theme :
         {StudioSettings::Theme::System, StudioSettings::Theme::Light, StudioSettings::Theme::Dark})
        m_theme->addItem(QString(), StudioSettings::themeName(theme));
    m_appearanceForm->addRow(new QLabel(content), m_theme);
    row->addWidget(m_appearanceBox, 1);
    layout->addLayout(row);

    m_restartNote = new QLabel(content);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);
    layout->addWidget(m_restartNote);

    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(content);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setDefault(true);
    buttons->addWidget(m_apply);
    m_defaults = new QPushButton(content);
    m_defaults->setObjectName(u"defaultsButton"_s);
    buttons->addWidget(m_defaults);
    m_restart = new QPushButton(content);
    m_restart->setObjectName(u"restartButton"_s);
    m_restart->hide();
    buttons->addWidget(m_restart);
    m_status = new QLabel(content);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_backend, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateBackend();
    });
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseSqlite);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    connect(m_restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);

    retranslate();
    setFormSettings(m_applied);
    if (!m_state && !m_workspaceDir.isEmpty())
        m_state = Engine::ownStateLocation(m_workspaceDir);
    showStateInUse();
    if (m_state) {
        m_worker = std::make_unique<StoreWorker>(*m_state);
        readRetention();
    }
}

SettingsPage::~SettingsPage() = default; // the worker closes its connection on its thread

void SettingsPage::readRetention()
{
    // What the engine uses is the workspace's value: shown unless the form was edited meanwhile.
    auto value = std::make_shared<QString>();
    m_worker->run(
        this,
        [value](Store::StateStore &store) {
            Store::EngineStateRepository state(store);
            auto setting = state.setting(QString::fromLatin1(Engine::auditRetentionSetting));
            if (!setting)
                return setting.error().message;
            *value = setting.value();
            return QString();
        },
        [this, value](const QString &error) {
            if (!error.isEmpty()) {
                emit retentionRead(false);
                return;
            }
            const int days = value->isEmpty() ? 0 : value->toInt();
            if (m_retention->value() == m_applied.auditRetentionDays)
                m_retention->setValue(days);
            m_applied.auditRetentionDays = days;
            emit retentionRead(true);
        });
}

void SettingsPage::writeRetention(int days)
{
    m_worker->run(
        this,
        [days](Store::StateStore &store) {
            Store::EngineStateRepository state(store);
            auto saved =
                state.setSetting(QString::fromLatin1(Engine::auditRetentionSetting), QString::number(days));
            return saved ? QString() : saved.error().message;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                setStatus(tr("The audit-log retention was not stored in the workspace: %1").arg(error), true);
            emit retentionWritten(error.isEmpty());
        });
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_dataBox->setTitle(tr("Data location"));
    m_sqlite->setText(tr("SQLite file (one computer)"));
    m_postgres->setText(tr("PostgreSQL server (teams, several headless workers)"));
    m_sqlitePath->setPlaceholderText(tr("empty: each workspace's own state.sqlite"));
    m_browse->setText(tr("Browse…"));
    setLabel(m_dataForm, m_sqlitePath->parentWidget(), tr("File:"));
    setLabel(m_dataForm, m_postgresHost, tr("Host:"));
    setLabel(m_dataForm, m_postgresPort, tr("Port:"));
    setLabel(m_dataForm, m_postgresDatabase, tr("Database:"));
    setLabel(m_dataForm, m_postgresUser, tr("User:"));
    setLabel(m_dataForm, m_postgresPassword, tr("Password:"));
    m_postgresPassword->setPlaceholderText(tr("stored in the OS keychain only; type to replace"));

    m_webhookBox->setTitle(tr("Webhooks"));
    setLabel(m_webhookForm, m_webhookAddress, tr("Listen address:"));
    setLabel(m_webhookForm, m_webhookPort, tr("Port:"));
    m_webhookAddress->setToolTip(
        tr("127.0.0.1: only this computer (behind a tunnel); 0.0.0.0: every network interface"));

    m_syncBox->setTitle(tr("Sync"));
    setLabel(m_syncForm, m_polling, tr("Poll every:"));
    m_polling->setSuffix(tr(" min"));
    m_polling->setToolTip(
        tr("With Keep syncing on the Dashboard: objects that arrive by webhook are polled this often "
           "as well, so that a lost delivery is picked up; an object rule's own \"poll every N min\" "
           "stays as the mapping says"));
    setLabel(m_syncForm, m_retention, tr("Keep the audit log:"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("forever"));
    m_retention->setToolTip(
        tr("Audit-log rows older than this are removed at the end of each sync run of this "
           "workspace (as \"ledgerlink-cli audit retention\" sets it)"));

    m_appearanceBox->setTitle(tr("Appearance"));
    setLabel(m_appearanceForm, m_language, tr("Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    setLabel(m_appearanceForm, m_theme, tr("Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));

    m_restartNote->setText(
        tr("Language and theme change at once; the Connections and Settings pages and the "
           "tab titles follow a new language now, the other pages take full effect after a "
           "restart. The audit-log retention applies from the next sync run. The data location "
           "is used by the engine, the dry run and every page from the studio's next start. The "
           "webhook and polling settings are read each time the engine starts (Keep syncing on "
           "the Dashboard)."));
    showStateInUse();
    m_apply->setText(tr("Apply"));
    m_defaults->setText(tr("Restore defaults"));
    m_defaults->setToolTip(tr("Fills the form with the defaults; Apply uses them"));
    m_restart->setText(tr("Restart now"));
    m_restart->setToolTip(tr("Starts the studio again, so that every page shows the new language and data "
                             "location; unsaved mapping changes are asked about first"));
}

StudioSettings SettingsPage::formSettings() const
{
    StudioSettings s;
    s.dataBackend =
        m_postgres->isChecked() ? StudioSettings::DataBackend::Postgres : StudioSettings::DataBackend::Sqlite;
    s.sqlitePath = m_sqlitePath->text().trimmed();
    s.postgresHost = m_postgresHost->text().trimmed();
    s.postgresPort = portOf(m_postgresPort);
    s.postgresDatabase = m_postgresDatabase->text().trimmed();
    s.postgresUser = m_postgresUser->text().trimmed();
    s.webhookAddress = m_webhookAddress->text().trimmed();
    s.webhookPort = portOf(m_webhookPort);
    s.pollingIntervalMinutes = m_polling->value();
    s.auditRetentionDays = m_retention->value();
    s.language = m_language->currentData().toString();
    s.theme = StudioSettings::themeFromName(m_theme->currentData().toString());
    return s;
}

void SettingsPage::setFormSettings(const StudioSettings &s)
{
    (s.dataBackend == StudioSettings::DataBackend::Postgres ? m_postgres : m_sqlite)->setChecked(true);
    m_sqlitePath->setText(QDir::toNativeSeparators(s.sqlitePath));
    m_postgresHost->setText(s.postgresHost);
    m_postgresPort->setText(QString::number(s.postgresPort));
    m_postgresDatabase->setText(s.postgresDatabase);
    m_postgresUser->setText(s.postgresUser);
    m_postgresPassword->clear();
    m_webhookAddress->setText(s.webhookAddress);
    m_webhookPort->setText(QString::number(s.webhookPort));
    m_polling->setValue(s.pollingIntervalMinutes);
    m_retention->setValue(s.auditRetentionDays);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(StudioSettings::themeName(s.theme))));
    showErrors({});
    updateBackend();
}

void SettingsPage::updateBackend()
{
    const bool postgres = m_postgres->isChecked();
    m_sqlitePath->setEnabled(!postgres);
    m_browse->setEnabled(!postgres);
    for (QLineEdit *edit :
         {m_postgresHost, m_postgresPort, m_postgresDatabase, m_postgresUser, m_postgresPassword})
        edit->setEnabled(postgres);
}

void SettingsPage::showErrors(const QMap<QString, QString> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString error = errors.value(it.key());
        it.value()->setText(error);
        it.value()->setVisible(!error.isEmpty());
    }
}

QString SettingsPage::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsPage::stateInUseText() const
{
    return m_stateInUse->text();
}

void SettingsPage::setStateProblem(const QString &problem)
{
    m_stateProblem = problem;
    showStateInUse();
}

void SettingsPage::showStateInUse()
{
    m_stateInUse->setVisible(m_state.has_value());
    if (!m_state)
        return;
    const QString where = StudioSettings::describeLocation(*m_state);
    if (m_stateProblem.isEmpty()) {
        m_stateInUse->setText(tr("In use in this session: %1. A new data location is used from the "
                                 "studio's next start.")
                                  .arg(where));
        m_stateInUse->setPalette(QPalette());
    } else {
        m_stateInUse->setText(tr("In use in this session: %1, because the chosen data location could not "
                                 "be opened when the studio started. A new data location is used from the "
                                 "studio's next start.")
                                  .arg(where));
        QPalette palette = m_stateInUse->palette();
        palette.setColor(QPalette::WindowText, errorColor);
        m_stateInUse->setPalette(palette);
    }
    m_stateInUse->setToolTip(m_stateProblem);
}

QString SettingsPage::statusText() const
{
    return m_status->text();
}

void SettingsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error) {
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::WindowText, errorColor);
        m_status->setPalette(palette);
    } else {
        m_status->setPalette(QPalette());
    }
}

bool SettingsPage::apply()
{
    StudioSettings s = formSettings();
    s.sqlitePath = QDir::fromNativeSeparators(s.sqlitePath);
    const QMap<QString, QString> errors = s.validate();
    showErrors(errors);
    if (!errors.isEmpty()) {
        setStatus(tr("Not applied: correct the marked fields."), true);
        return false;
    }
    const StudioSettings before = m_applied;
    s.save();
    m_applied = s;
    if (s.theme != before.theme)
        StudioSettings::applyTheme(s.theme);
    if (s.language != before.language)
        installTranslations(s.language); // every widget gets QEvent::LanguageChange
    StudioSettings lasting = s;
    lasting.language = before.language;
    lasting.theme = before.theme;
    lasting.auditRetentionDays = before.auditRetentionDays;
    const bool restart = lasting != before || !m_postgresPassword->text().isEmpty();
    setStatus(restart ? tr("Applied; the data location, webhook and polling changes take full effect after a "
                           "restart.")
                      : tr("Applied."));
    if (m_worker && s.auditRetentionDays != before.auditRetentionDays)
        writeRetention(s.auditRetentionDays);
    storePassword(s);
    emit applied(s);
    // A new language reaches the other pages, and a new data location the whole studio, at the
    // next start: offer it now (a button, never a modal question).
    const bool dataMoved = s.dataBackend != before.dataBackend || s.sqlitePath != before.sqlitePath
        || s.postgresHost != before.postgresHost || s.postgresPort != before.postgresPort
        || s.postgresDatabase != before.postgresDatabase || s.postgresUser != before.postgresUser;
    if (s.language != before.language || dataMoved)
        m_restart->show();
    return true;
}

void SettingsPage::storePassword(const StudioSettings &settings)
{
    const QString password = m_postgresPassword->text();
    if (password.isEmpty() || settings.dataBackend != StudioSettings::DataBackend::Postgres)
        return;
    if (!m_keychain)
        m_keychain = new Secrets::CredentialStore(QCoreApplication::applicationName(), this);
    const QString key = settings.postgresPasswordKey();
    m_keychain->write(key, password.toUtf8(), this, [this, key](const Secrets::CredentialResult &result) {
        if (result.status == Secrets::CredentialResult::Status::Ok) {
            m_postgresPassword->clear();
            setStatus(m_status->text() + u' ' + tr("The database password is in the OS keychain."));
        } else {
            setStatus(tr("The keychain did not store the database password (%1): it was not saved anywhere.")
                          .arg(result.message),
                      true);
        }
    });
}

void SettingsPage::restoreDefaults()
{
    setFormSettings(StudioSettings());
    setStatus(tr("The form holds the defaults; Apply uses them."));
}

void SettingsPage::browseSqlite()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("State store file"), m_sqlitePath->text(),
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_sqlitePath->setText(QDir::toNativeSeparators(file));
}

} // namespace LedgerLink::Studio
