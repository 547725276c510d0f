#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace LedgerLink::Mapping {

struct CatalogObject;

/// One proposed field mapping: auto-map proposes, the user accepts.
struct AutoMapProposal
{
    QString source; ///< Source catalog path.
    QString target; ///< Target catalog path.
    double confidence; ///< 0..1: 1 for the same canonical concept, less for name matches.
    QString reason; ///< Why, in a few words ("same concept order.total", "same name").
    bool needsTransform; ///< The types differ: the mapping needs a transform (see canWriteUnchanged).
};

/// Proposes field mappings from `source` to `target`: by canonical concept first, then by
/// normalised name (case, '_', '-', camel case and plural ignored: "line_items" = "LineItems"),
/// the whole path before its last segment. Read-only target fields and the targets listed in
/// `mappedTargets` get no proposal; each source and each target is used at most once, the best
/// score first. Proposals below `minimumConfidence` are left out. Ordered as the target catalog.
QList<AutoMapProposal> autoMap(const CatalogObject &source, const CatalogObject &target,
                               const QStringList &mappedTargets = {}, double minimumConfidence = 0.55);

/// The normalised form auto-map compares: "LineItems[].UnitAmount" → "lineitem[].unitamount".
QString normalisedPath(const QString &path);

} // namespace LedgerLink::Mapping
