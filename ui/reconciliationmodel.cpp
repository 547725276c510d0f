#include "reconciliationmodel.h"

#include "engine/reconciliation.h"
#include "engine/reconciliationrepair.h"
#include "engine/reconciliationreview.h"
#include "model/decimal.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

QString signedText(const Model::Decimal &value)
{
    return value.signum() > 0 ? u"+"_s + value.toString() : value.toString();
}

} // namespace

void ReconciliationModel::setResults(QList<Store::ReconciliationResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

bool ReconciliationModel::updateResult(const Store::ReconciliationResult &result)
{
    const int row = rowOf(result.id);
    if (row < 0)
        return false;
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Store::ReconciliationResult *ReconciliationModel::resultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int ReconciliationModel::rowOf(const QString &object, const QString &key) const
{
    for (qsizetype row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).objectType == object && m_results.at(row).matchKey == key)
            return int(row);
    }
    return -1;
}

int ReconciliationModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).id == id)
            return int(row);
    }
    return -1;
}

int ReconciliationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ReconciliationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconciliationModel::objectLabel(const QString &object)
{
    if (object == u"order")
        return tr("Order");
    if (object == u"refund")
        return tr("Refund");
    if (object == u"price")
        return tr("Price");
    if (object == u"stock")
        return tr("Stock");
    if (object == u"payout")
        return tr("Payout");
    return object;
}

QString ReconciliationModel::amountText(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return tr("—");
    return currency.isEmpty() ? tr("%1 units").arg(amount) : amount + u' ' + currency;
}

QString ReconciliationModel::differenceText(const QString &difference, const QString &currency)
{
    const std::optional<Model::Decimal> value = Model::Decimal::fromString(difference);
    const QString text = value ? signedText(*value) : difference;
    return currency.isEmpty() ? tr("%1 units").arg(text) : text + u' ' + currency;
}

QString ReconciliationModel::centsText(const QString &difference, const QString &currency)
{
    const std::optional<Model::Decimal> value = Model::Decimal::fromString(difference);
    const std::optional<Model::Decimal> cents = value ? Engine::inMinorUnits(*value, currency) : std::nullopt;
    return cents ? signedText(*cents) : tr("—");
}

QVariant ReconciliationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ReconciliationResult &result = m_results.at(index.row());
    switch (role) {
    case IdRole:
        return result.id;
    case ObjectRole:
        return result.objectType;
    case CauseRole:
        return result.cause;
    case ReviewedRole:
        return result.reviewed;
    case RepairStateRole:
        return Engine::nameOf(Engine::repairStateOf(result.repair));
    case SortRole:
        switch (index.column()) {
        case Store:
            return result.storeAmount;
        case Erp:
            return result.erpAmount;
        case Difference:
        case Cents:
            return result.difference;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Store && index.column() <= Cents)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Reviewed && result.reviewed)
            return QBrush(QColor(0x2e, 0x9e, 0x44));
        if (index.column() == Repair) {
            switch (Engine::repairStateOf(result.repair)) {
            case Engine::RepairState::Repaired:
                return QBrush(QColor(0x2e, 0x9e, 0x44));
            case Engine::RepairState::Retrying:
            case Engine::RepairState::DeadLettered:
            case Engine::RepairState::DeadLetter:
            case Engine::RepairState::NotAllowed:
                return QBrush(QColor(0xb3, 0x26, 0x1e));
            default:
                return {};
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Cause)
            return result.evidence;
        if (index.column() == Reviewed && result.reviewed)
            return result.reviewComment.isEmpty() ? tr("Reviewed, without a comment")
                                                  : tr("Reviewed: %1").arg(result.reviewComment);
        if (index.column() == Repair) {
            const QString said = Engine::describeRepairState(result.repair);
            return said.isEmpty() ? result.repair.value(u"description"_s).toString() : said;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Object:
        return objectLabel(result.objectType);
    case Key:
        return result.matchKey;
    case Store:
        return amountText(result.storeAmount, result.currency);
    case Erp:
        return amountText(result.erpAmount, result.currency);
    case Difference:
        return differenceText(result.difference, result.currency);
    case Cents:
        return centsText(result.difference, result.currency);
    case Cause: {
        const std::optional<Engine::MismatchCause> cause = Engine::mismatchCauseFrom(result.cause);
        return cause ? Engine::describe(*cause) : result.cause;
    }
    case Repair:
        return Engine::repairStateLabel(Engine::repairStateOf(result.repair));
    case Reviewed:
        return result.reviewed ? tr("✓ reviewed") : QString();
    default:
        return {};
    }
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Object:
        return tr("Object");
    case Key:
        return tr("Key");
    case Store:
        return tr("Store");
    case Erp:
        return tr("ERP");
    case Difference:
        return tr("Difference");
    case Cents:
        return tr("Cents");
    case Cause:
        return tr("Cause");
    case Repair:
        return tr("Repair");
    case Reviewed:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace LedgerLink::Studio
