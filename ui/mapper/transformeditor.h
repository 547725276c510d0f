#pragma once

#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/objectmapper.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonValue>
#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace LedgerLink::Studio {

class MappingEditor;

/// One live result of the transform editor, computed on a worker thread.
struct TransformPreview
{
    int generation = 0;
    Mapping::MappingResult result;
    QString error; ///< the rule could not be prepared
};

/// A record to try transforms on: the sandbox's own record of that object when there is one
/// (its store and books speak the Shopify and Xero formats), otherwise one made from the catalog
/// object's field types.
QJsonValue sampleRecord(const QString &catalogId, const Mapping::CatalogObject *object);

/// Parses what a user typed as a value: JSON when it is JSON ("12", "true", "\"EUR\"",
/// "{...}"), otherwise the text itself as a string; nullopt for an empty text. For a field that
/// holds text (`textField`: a string, a decimal carried as text, a date) the text stays a string
/// ("4000" stays "4000", "12.50" keeps its zero) unless it is written in JSON quotes.
std::optional<QJsonValue> valueFromText(const QString &text, bool textField = false);
/// Whether a catalog field type holds text (string, decimal as text, date, date-time).
bool holdsText(Mapping::FieldType type);
/// The text valueFromText() reads back as `value`.
QString textFromValue(const QJsonValue &value);

/**
 * The transform editor of one field mapping (opened from a line's badge): the JSONata formula
 * with syntax highlighting, its compile error and the position under the formula, the lookup
 * table, default, required flag, owner and note, and the live result on a sample record (the
 * real ObjectMapper on a worker thread, so a slow formula never freezes the window). OK applies
 * the changes as one undo step; "Lookup tables…" opens the lookup-table editor.
 */
class TransformEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransformEditor)

public:
    TransformEditor(MappingEditor *editor, QString ruleId, QString fieldId, QWidget *parent = nullptr);
    ~TransformEditor() override;

    /// The field mapping as the dialog's inputs now say.
    Mapping::FieldMapping editedField() const;
    /// The text of the error under the formula (empty when it compiles and maps).
    QString errorText() const;
    /// The live result's text.
    QString resultText() const;
    /// True while a live result is being computed.
    bool isEvaluating() const;
    QPlainTextEdit *formulaEdit() const { return m_formula; }
    QPlainTextEdit *sampleEdit() const { return m_sample; }

    void accept() override;

signals:
    /// A live result (or error) is shown.
    void resultShown();

private:
    void schedulePreview();
    void startPreview();
    void showPreview();
    void fillLookups();
    void editLookupTables();

    MappingEditor *m_editor;
    QString m_ruleId;
    QString m_fieldId;
    Mapping::FieldMapping m_original;
    QPlainTextEdit *m_formula = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_lookup = nullptr;
    QLineEdit *m_default = nullptr;
    QCheckBox *m_required = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<TransformPreview> m_watcher;
    int m_generation = 0;
    int m_shownGeneration = -1;
    bool m_pending = false;
    bool m_inFlight = false; ///< a preview runs on the worker
};

} // namespace LedgerLink::Studio
