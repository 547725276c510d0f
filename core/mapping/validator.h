#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace LedgerLink::Mapping {

class MappingDocument;
class FieldCatalog;

/// One finding of validation. Every message names what to do about it.
struct Issue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString object; ///< Object rule id ("order"), empty for document-wide findings.
    QString field; ///< Field mapping id, empty for rule-wide findings.
    QString message; ///< Plain sentence(s): the problem, then what to do.

    /// "error: order/total: <message>" (or "warning: ..."), one line.
    QString text() const;
    bool isError() const { return severity == Severity::Error; }
};

/// Checks a mapping document against the two sides' field catalogs: paths exist, types fit,
/// required targets are mapped, read-only targets are left alone, match keys are stable, every
/// field has exactly one owner, transforms parse, lookup tables exist, triggers can be
/// delivered. Errors block syncing; warnings are legal but risky. Thread-safe (pure function).
QList<Issue> validate(const MappingDocument &document, const FieldCatalog &storeCatalog,
                      const FieldCatalog &erpCatalog);

/// True when no issue is an error.
bool hasErrors(const QList<Issue> &issues);

} // namespace LedgerLink::Mapping
