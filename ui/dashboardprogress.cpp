#include "dashboardprogress.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Studio::ObjectProgressPanel)
};

} // namespace

QString objectTitle(const QString &object)
{
    if (object == u"order")
        return Text::tr("Orders");
    if (object == u"customer")
        return Text::tr("Customers");
    if (object == u"product")
        return Text::tr("Products");
    if (object == u"inventory")
        return Text::tr("Inventory");
    if (object == u"invoice")
        return Text::tr("Invoices");
    if (object == u"credit_note")
        return Text::tr("Credit notes");
    if (object == u"payment")
        return Text::tr("Payments");
    if (object == u"refund")
        return Text::tr("Refunds");
    if (object == u"payout")
        return Text::tr("Payouts");
    return object;
}

ObjectProgressPanel::ObjectProgressPanel(const QStringList &objects, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(u"objectProgress"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    for (const QString &object : objects)
        row(object);
}

ObjectProgressPanel::Row &ObjectProgressPanel::row(const QString &object)
{
    auto it = m_rows.find(object);
    if (it != m_rows.end())
        return *it;
    Row added;
    added.title = new QLabel(objectTitle(object), this);
    added.bar = new QProgressBar(this);
    added.bar->setObjectName(u"progress_"_s + object);
    added.bar->setRange(0, 1);
    added.bar->setValue(0);
    added.bar->setFormat(tr("not synced in this session"));
    added.bar->setAccessibleName(tr("%1 synced").arg(objectTitle(object)));
    added.errors = new QLabel(this);
    added.errors->setObjectName(u"errors_"_s + object);
    added.errors->setMinimumWidth(added.errors->fontMetrics().horizontalAdvance(tr("%1 failed").arg(99999)));
    const int line = m_grid->rowCount();
    m_grid->addWidget(added.title, line, 0);
    m_grid->addWidget(added.bar, line, 1);
    m_grid->addWidget(added.errors, line, 2);
    return *m_rows.insert(object, added);
}

void ObjectProgressPanel::reset()
{
    for (Row &r : m_rows) {
        r.reported = false;
        r.total = 0;
        r.bar->setRange(0, 0); // busy until the object's first figures
        r.bar->setFormat(tr("%v of %m"));
        r.errors->clear();
    }
}

void ObjectProgressPanel::setProgress(const QString &object, int done, int total, int errors)
{
    Row &r = row(object);
    r.reported = true;
    r.total = total;
    const int maximum = qMax(1, qMax(total, done));
    if (r.bar->maximum() != maximum || r.bar->minimum() != 0)
        r.bar->setRange(0, maximum);
    r.bar->setFormat(total > 0 ? tr("%v of %m") : tr("nothing read yet"));
    r.bar->setValue(done);
    r.errors->setText(errors > 0 ? tr("%1 failed").arg(errors) : QString());
}

void ObjectProgressPanel::finish(bool ran)
{
    for (Row &r : m_rows) {
        if (r.reported && r.total > 0)
            continue;
        r.bar->setRange(0, 1);
        r.bar->setValue(0);
        r.bar->setFormat(ran ? tr("nothing new") : tr("did not run"));
    }
}

QProgressBar *ObjectProgressPanel::bar(const QString &object) const
{
    return m_rows.contains(object) ? m_rows.value(object).bar : nullptr;
}

QString ObjectProgressPanel::errorText(const QString &object) const
{
    return m_rows.contains(object) ? m_rows.value(object).errors->text() : QString();
}

} // namespace LedgerLink::Studio
