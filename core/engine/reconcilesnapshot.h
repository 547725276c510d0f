#pragma once

#include "connectors/connector.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Engine {

/**
 * What a truth pass reads of both systems (Reconciler::fetch()), kept so that the comparison can
 * run from it later, any number of times, without the network (Reconciler::run() with a snapshot).
 *
 * Per side and per vendor object, the records exactly as the connector read them; nothing is
 * copied twice (a record's document is shared with the page it came in). Plain data: it may be
 * built on one thread and compared on another, and it may be built by hand (a benchmark, a test)
 * as long as the records are what the side's connector's readPage() gives.
 */
struct ReconcileSnapshot
{
    /// The records of one vendor object of one side.
    struct Records
    {
        QList<Connectors::VendorRecord> records;
        /// Valid: only the records updated since then were read (the pass's `since`); a comparison
        /// may narrow them further, never widen them.
        QDateTime since = {};
    };

    QHash<QString, Records> store; ///< by the store's object name ("order", "product", ...)
    QHash<QString, Records> erp; ///< by the ERP's object name ("Invoice", "Item", ...)
    /// The currency each side's amounts are read in when a record names none, as the connectors
    /// learned it while reading (Shopify's shop currency, Xero's base currency): ISO code, "" when
    /// the connector keeps none.
    QString storeCurrency = {};
    QString erpCurrency = {};
    QDateTime fetched = {}; ///< when the reads ended (invalid when built by hand)
    int requests = 0; ///< HTTP requests the reads took

    /// The records of `object` on the store (`erp` false) or ERP side; nullptr when none were read.
    [[nodiscard]] const Records *recordsOf(bool erp, const QString &object) const;
    /// Adds `records` to `object` of a side (read updated since `since`).
    void add(bool erp, const QString &object, const QList<Connectors::VendorRecord> &records,
             const QDateTime &since = {});
    /// All records held, both sides.
    [[nodiscard]] qsizetype size() const;
};

/// What Reconciler::fetch() gives.
struct ReconcileFetch
{
    std::optional<ReconcileSnapshot> snapshot; ///< set on success
    QString error; ///< set on failure: which read failed and why
    bool cancelled = false; ///< stopped through RunProgress::cancelRequested between pages
};

} // namespace LedgerLink::Engine
