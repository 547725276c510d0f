#include "transformeditor.h"

#include "expr/expression.h"
#include "lookuptableeditor.h"
#include "mapping/fieldcatalog.h"
#include "mappingeditor.h"
#include "syntaxhighlighting.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

QJsonValue exampleOf(Mapping::FieldType type)
{
    switch (type) {
    case Mapping::FieldType::String:
        return u"text"_s;
    case Mapping::FieldType::Number:
        return 1.5;
    case Mapping::FieldType::Integer:
        return 1;
    case Mapping::FieldType::Decimal:
        return u"12.50"_s;
    case Mapping::FieldType::Boolean:
        return true;
    case Mapping::FieldType::Date:
        return u"2026-11-27"_s;
    case Mapping::FieldType::DateTime:
        return u"2026-11-27T10:00:00+01:00"_s;
    case Mapping::FieldType::Object:
        return QJsonObject();
    case Mapping::FieldType::Array:
        return QJsonArray();
    }
    return {};
}

/// Sets `value` at a catalog path ("line_items[].sku": into the first element) of `record`.
void setAtPath(QJsonObject &record, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    QStringView head = dot < 0 ? path : path.left(dot);
    const bool list = head.endsWith(u"[]");
    if (list)
        head.chop(2);
    const QString key = head.toString();
    if (dot < 0) {
        if (!record.contains(key))
            record.insert(key, value);
        return;
    }
    if (list) {
        QJsonArray array = record.value(key).toArray();
        QJsonObject element = array.isEmpty() ? QJsonObject() : array.at(0).toObject();
        setAtPath(element, path.mid(dot + 1), value);
        if (array.isEmpty())
            array.append(element);
        else
            array[0] = element;
        record.insert(key, array);
    } else {
        QJsonObject inner = record.value(key).toObject();
        setAtPath(inner, path.mid(dot + 1), value);
        record.insert(key, inner);
    }
}

} // namespace

QJsonValue sampleRecord(const QString &catalogId, const Mapping::CatalogObject *object)
{
    if (!object)
        return QJsonObject();
    // The sandbox speaks the Shopify and Xero formats: its seed holds real-shaped records.
    const QString seed = catalogId == u"shopify"_s ? u":/ledgerlink/sandbox/store-seed.json"_s
        : catalogId == u"xero"_s                   ? u":/ledgerlink/sandbox/books-seed.json"_s
                                                   : QString();
    if (!seed.isEmpty()) {
        QFile file(seed);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
            for (const QString &key :
                 QStringList{object->name + u's', object->name, object->name + u"es"_s}) {
                const QJsonArray records = all.value(key).toArray();
                if (!records.isEmpty())
                    return records.first();
            }
        }
    }
    QJsonObject record;
    for (const Mapping::CatalogField &field : object->fields)
        setAtPath(record, field.path, exampleOf(field.type));
    return record;
}

bool holdsText(Mapping::FieldType type)
{
    return type == Mapping::FieldType::String || type == Mapping::FieldType::Decimal
        || type == Mapping::FieldType::Date || type == Mapping::FieldType::DateTime;
}

std::optional<QJsonValue> valueFromText(const QString &text, bool textField)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (textField && !trimmed.startsWith(u'"'))
        return QJsonValue(text);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson((u"["_s + trimmed + u"]"_s).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return QJsonValue(text);
}

QString textFromValue(const QJsonValue &value)
{
    if (value.isString()) {
        // A string that reads as JSON of another type keeps its quotes.
        const std::optional<QJsonValue> back = valueFromText(value.toString());
        if (back && back->isString() && back->toString() == value.toString())
            return value.toString();
    }
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

TransformEditor::TransformEditor(MappingEditor *editor, QString ruleId, QString fieldId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_ruleId(std::move(ruleId))
    , m_fieldId(std::move(fieldId))
{
    setObjectName(u"transformEditor"_s);
    const Mapping::ObjectRule *rule = editor->document().rule(m_ruleId);
    if (rule && rule->field(m_fieldId))
        m_original = *rule->field(m_fieldId);
    setWindowTitle(tr("Transform of %1").arg(m_original.target));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *form = new QFormLayout;
    m_source = new QLineEdit(m_original.source, this);
    m_source->setObjectName(u"sourceEdit"_s);
    m_source->setPlaceholderText(tr("none: the transform or the default fills the field"));
    form->addRow(tr("Source field:"), m_source);
    auto *target = new QLabel(m_original.target, this);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Target field:"), target);

    m_formula = new QPlainTextEdit(m_original.transform, this);
    m_formula->setObjectName(u"transformEdit"_s);
    m_formula->setFont(fixed);
    m_formula->setPlaceholderText(tr("JSONata, e.g. $number($) or $uppercase($record.currency). "
                                     "$ is the source value, $record the record, $line the list element, "
                                     "$tables the lookup tables."));
    m_formula->setTabChangesFocus(true);
    m_formula->setFixedHeight(m_formula->fontMetrics().lineSpacing() * 5 + 12);
    attachHighlighter(m_formula->document(), Syntax::Jsonata);
    form->addRow(tr("Transform:"), m_formula);
    m_error = new QLabel(this);
    m_error->setObjectName(u"transformError"_s);
    m_error->setFont(fixed);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(false);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    form->addRow(QString(), m_error);

    auto *lookupRow = new QHBoxLayout;
    m_lookup = new QComboBox(this);
    m_lookup->setObjectName(u"lookupCombo"_s);
    lookupRow->addWidget(m_lookup, 1);
    auto *tables = new QPushButton(tr("Lookup tables…"), this);
    tables->setObjectName(u"lookupTablesButton"_s);
    lookupRow->addWidget(tables);
    form->addRow(tr("Lookup table:"), lookupRow);
    fillLookups();

    m_default =
        new QLineEdit(m_original.defaultValue ? textFromValue(*m_original.defaultValue) : QString(), this);
    m_default->setObjectName(u"defaultEdit"_s);
    m_default->setPlaceholderText(tr("none (JSON or plain text)"));
    form->addRow(tr("Default:"), m_default);
    m_required = new QCheckBox(tr("Required: a record without a value here fails to map"), this);
    m_required->setObjectName(u"requiredCheck"_s);
    m_required->setChecked(m_original.required);
    form->addRow(QString(), m_required);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerCombo"_s);
    m_owner->addItem(tr("as the object (%1)").arg(rule ? Mapping::nameOf(rule->owner) : QString()),
                     QString());
    for (Mapping::Owner owner : {Mapping::Owner::Store, Mapping::Owner::Erp, Mapping::Owner::Gateway})
        m_owner->addItem(Mapping::nameOf(owner), Mapping::nameOf(owner));
    if (m_original.owner)
        m_owner->setCurrentIndex(m_owner->findData(Mapping::nameOf(*m_original.owner)));
    form->addRow(tr("Owner:"), m_owner);
    m_note = new QLineEdit(m_original.note, this);
    m_note->setObjectName(u"noteEdit"_s);
    form->addRow(tr("Note:"), m_note);

    // The live result on a sample record.
    auto *preview = new QSplitter(Qt::Horizontal, this);
    auto *sampleBox = new QWidget(preview);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(new QLabel(tr("Sample record (edit it to try other values):"), sampleBox));
    m_sample = new QPlainTextEdit(sampleBox);
    m_sample->setObjectName(u"sampleEdit"_s);
    m_sample->setFont(fixed);
    m_sample->setLineWrapMode(QPlainTextEdit::NoWrap);
    attachHighlighter(m_sample->document(), Syntax::Json);
    const Mapping::CatalogObject *source = editor->sourceObject(m_ruleId);
    const bool fromErp = rule && rule->direction == Mapping::Direction::ErpToStore;
    const QJsonValue sample =
        sampleRecord(fromErp ? editor->document().erp.catalog : editor->document().store.catalog, source);
    m_sample->setPlainText(
        QString::fromUtf8(QJsonDocument(sample.toObject()).toJson(QJsonDocument::Indented)));
    sampleLayout->addWidget(m_sample);
    auto *resultBox = new QWidget(preview);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(new QLabel(tr("Result:"), resultBox));
    m_result = new QPlainTextEdit(resultBox);
    m_result->setObjectName(u"resultView"_s);
    m_result->setReadOnly(true);
    m_result->setFont(fixed);
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    resultLayout->addWidget(m_result);
    preview->addWidget(sampleBox);
    preview->addWidget(resultBox);
    preview->setStretchFactor(0, 3);
    preview->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Remove mapping"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(u"removeMappingButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransformEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransformEditor::reject);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_editor->removeFieldMapping(m_ruleId, m_fieldId);
        QDialog::accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &TransformEditor::startPreview);
    for (QPlainTextEdit *edit : {m_formula, m_sample})
        connect(edit, &QPlainTextEdit::textChanged, this, &TransformEditor::schedulePreview);
    for (QLineEdit *edit : {m_source, m_default})
        connect(edit, &QLineEdit::textChanged, this, &TransformEditor::schedulePreview);
    connect(m_lookup, &QComboBox::currentIndexChanged, this, &TransformEditor::schedulePreview);
    connect(m_required, &QCheckBox::toggled, this, &TransformEditor::schedulePreview);
    connect(tables, &QPushButton::clicked, this, &TransformEditor::editLookupTables);
    connect(&m_watcher, &QFutureWatcher<TransformPreview>::finished, this, &TransformEditor::showPreview);
    connect(m_editor, &MappingEditor::lookupTablesChanged, this, &TransformEditor::fillLookups);
    startPreview();
}

TransformEditor::~TransformEditor()
{
    // A formula still evaluating finishes on its own on the pool thread: it holds copies of the
    // document and the record, nothing of this dialog, and its result is dropped. Never wait
    // for it here (a slow formula would freeze the window).
    m_watcher.disconnect(this);
}

void TransformEditor::fillLookups()
{
    const QString current = m_lookup->count() ? m_lookup->currentData().toString() : m_original.lookup;
    const QSignalBlocker blocker(m_lookup);
    m_lookup->clear();
    m_lookup->addItem(tr("(none)"), QString());
    for (const Mapping::LookupTable &table : m_editor->document().lookupTables)
        m_lookup->addItem(
            table.description.isEmpty() ? table.id : u"%1 — %2"_s.arg(table.id, table.description), table.id);
    if (!current.isEmpty() && m_lookup->findData(current) < 0)
        m_lookup->addItem(tr("%1 (missing)").arg(current), current);
    m_lookup->setCurrentIndex(std::max(0, m_lookup->findData(current)));
    if (m_debounce) // not while the dialog is being built
        schedulePreview();
}

void TransformEditor::editLookupTables()
{
    auto *dialog = new LookupTableEditor(m_editor, m_lookup->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Mapping::FieldMapping TransformEditor::editedField() const
{
    Mapping::FieldMapping field = m_original;
    field.source = m_source->text().trimmed();
    field.transform = m_formula->toPlainText().trimmed();
    field.lookup = m_lookup->currentData().toString();
    const Mapping::CatalogObject *target = m_editor->targetObject(m_ruleId);
    const Mapping::CatalogField *targetField =
        target ? target->field(Mapping::catalogPath(field.target)) : nullptr;
    field.defaultValue = valueFromText(m_default->text(), targetField && holdsText(targetField->type));
    field.required = m_required->isChecked();
    const QString owner = m_owner->currentData().toString();
    field.owner.reset();
    for (Mapping::Owner o : {Mapping::Owner::Store, Mapping::Owner::Erp, Mapping::Owner::Gateway})
        if (Mapping::nameOf(o) == owner)
            field.owner = o;
    field.note = m_note->text().trimmed();
    return field;
}

QString TransformEditor::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString TransformEditor::resultText() const
{
    return m_result->toPlainText();
}

bool TransformEditor::isEvaluating() const
{
    return m_pending || m_inFlight || m_debounce->isActive();
}

void TransformEditor::schedulePreview()
{
    m_pending = true;
    m_debounce->start();
}

void TransformEditor::startPreview()
{
    m_debounce->stop();
    if (m_inFlight) {
        m_pending = true; // started again when the running one ends
        return;
    }
    m_pending = false;
    const Mapping::FieldMapping field = editedField();
    // The compile error first, with its place under the formula (compiling is quick).
    if (!field.transform.isEmpty()) {
        const Expr::CompileResult compiled = Expr::Expression::compile(field.transform);
        if (!compiled.ok()) {
            const Expr::Error &error = compiled.error;
            QString text = field.transform;
            int position = std::clamp(error.position, 0, int(text.size()));
            // The line of the formula the error is in, and a caret under its column.
            const int lineStart = int(text.lastIndexOf(u'\n', position - 1) + 1);
            int lineEnd = int(text.indexOf(u'\n', position));
            if (lineEnd < 0)
                lineEnd = int(text.size());
            const QString line = text.mid(lineStart, lineEnd - lineStart);
            const int column = position - lineStart;
            m_error->setText(
                tr("%1\n%2^\n%3").arg(line, QString(column, u' '), Mapping::expressionErrorText(error)));
            m_error->show();
            m_result->setPlainText(tr("(the formula does not compile)"));
            ++m_generation;
            m_shownGeneration = m_generation;
            emit resultShown();
            return;
        }
    }
    QJsonParseError parseError{};
    const QJsonDocument sample = QJsonDocument::fromJson(m_sample->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !sample.isObject()) {
        m_error->setText(tr("The sample record is not a JSON object: %1 at character %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
        m_error->show();
        m_result->clear();
        ++m_generation;
        m_shownGeneration = m_generation;
        emit resultShown();
        return;
    }
    // The rule with just this field, mapped by the engine's own mapper.
    Mapping::MappingDocument document = m_editor->document();
    for (Mapping::ObjectRule &rule : document.objects) {
        if (rule.id == m_ruleId)
            rule.fields = {field};
    }
    const int generation = ++m_generation;
    const QString ruleId = m_ruleId;
    const QJsonObject record = sample.object();
    m_inFlight = true;
    m_watcher.setFuture(QtConcurrent::run([document = std::move(document), ruleId, record, generation] {
        TransformPreview preview;
        preview.generation = generation;
        QString error;
        const auto mapper = Mapping::ObjectMapper::create(document, ruleId, &error);
        if (!mapper)
            preview.error = error;
        else
            preview.result = mapper->map(record);
        return preview;
    }));
}

void TransformEditor::showPreview()
{
    m_inFlight = false;
    const TransformPreview preview = m_watcher.result();
    if (m_pending) {
        startPreview(); // the inputs changed meanwhile: this result is stale
        return;
    }
    m_shownGeneration = preview.generation;
    QStringList lines;
    QStringList errors;
    if (!preview.error.isEmpty())
        errors.append(preview.error);
    for (const Mapping::FieldResult &result : preview.result.fields) {
        if (!result.ok())
            errors.append(u"%1: %2"_s.arg(result.target, result.error));
        else if (result.value.isUndefined() || result.value.isNull())
            lines.append(tr("%1: (no value: the target is left as it is)").arg(result.target));
        else
            lines.append(u"%1 = %2"_s.arg(result.target, textFromValue(result.value)));
    }
    if (preview.result.fields.isEmpty() && preview.error.isEmpty())
        lines.append(tr("(no value: the sample has no element for this field)"));
    m_result->setPlainText(lines.join(u'\n'));
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
    emit resultShown();
}

void TransformEditor::accept()
{
    const Mapping::FieldMapping field = editedField();
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    if (rule && rule->field(m_fieldId))
        m_editor->changeFieldMapping(m_ruleId, field);
    QDialog::accept();
}

} // namespace LedgerLink::Studio
