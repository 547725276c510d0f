#pragma once

#include "store/runrepository.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace LedgerLink::Engine {

/// A stored plan as CSV (RFC 4180, UTF-8, header row): run, object, id, key, action, reasons,
/// field-level changes ("field: before → after" joined by "; ").
QByteArray planToCsv(const Store::Run &run, const QList<Store::PlanItem> &items);

/// A stored plan as one self-contained HTML page (escaped, no scripts) for sign-off.
QByteArray planToHtml(const Store::Run &run, const QList<Store::PlanItem> &items);

} // namespace LedgerLink::Engine
