#include "sidebysidemodel.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

using Kind = Engine::SideBySideRow::Kind;

void SideBySideModel::setSides(const Engine::FindingSides &sides)
{
    beginResetModel();
    m_sides = sides;
    endResetModel();
}

void SideBySideModel::clear()
{
    setSides({});
}

int SideBySideModel::rowOf(const QString &label, int from) const
{
    for (qsizetype row = from; row < m_sides.rows.size(); ++row) {
        if (m_sides.rows.at(row).label == label)
            return int(row);
    }
    return -1;
}

int SideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sides.rows.size());
}

int SideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::SideBySideRow &row = m_sides.rows.at(index.row());
    const bool highlighted = row.difference && !row.difference->isZero();
    const bool summary = row.kind == Kind::Tax || row.kind == Kind::Total || row.kind == Kind::Sum;
    // A payout's movement is not compared on its own (the sums below are): no ERP amount, no
    // difference, rather than a "—" that would read as "missing".
    const bool movement = row.kind == Kind::Movement;
    const auto amount = [](const std::optional<Model::Decimal> &value) -> QVariant {
        return value ? QVariant(value->toString()) : QVariant(tr("—"));
    };
    switch (role) {
    case HighlightRole:
        return highlighted;
    case KindRole:
        return int(row.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return row.label;
        case Store:
            return row.storeText;
        case StoreAmount:
            return amount(row.storeAmount);
        case Erp:
            return row.erpText;
        case ErpAmount:
            return movement && !row.erpAmount ? QVariant(QString()) : amount(row.erpAmount);
        case Difference:
            if (movement && !row.difference)
                return QString();
            if (!row.difference)
                return tr("—");
            return row.difference->signum() > 0 ? u"+"_s + row.difference->toString()
                                                : row.difference->toString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == StoreAmount || index.column() == ErpAmount || index.column() == Difference)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if ((index.column() == Difference && highlighted) || (summary && index.column() == Line)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Difference && highlighted) {
            // A red the text stays readable on, in the light and in the dark palette.
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            return QBrush(dark ? QColor(0x8c, 0x1d, 0x18) : QColor(0xf9, 0xd6, 0xd2));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Store)
            return row.storeText;
        if (movement && index.column() != Line)
            return tr("One of the payout's movements: the ERP books them as sums, compared in the rows "
                      "below.");
        if (index.column() == Erp)
            return row.erpText;
        return {};
    default:
        return {};
    }
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString currency = m_sides.currency.isEmpty() ? QString() : u" ("_s + m_sides.currency + u')';
    switch (section) {
    case Line:
        return tr("Line");
    case Store:
        return tr("Store");
    case StoreAmount:
        return tr("Store amount%1").arg(currency);
    case Erp:
        return tr("ERP");
    case ErpAmount:
        return tr("ERP amount%1").arg(currency);
    case Difference:
        return tr("Difference");
    default:
        return {};
    }
}

} // namespace LedgerLink::Studio
