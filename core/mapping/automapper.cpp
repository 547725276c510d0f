#include "mapping/automapper.h"

#include "mapping/fieldcatalog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::AutoMapper)
};

QString normalisedSegment(QStringView segment)
{
    QString word;
    for (const QChar c : segment) {
        if (c == u'_' || c == u'-' || c.isSpace())
            continue;
        word += c.toLower();
    }
    // Plurals: "lines" = "line", "categories" = "category"; "address" keeps its double s.
    if (word.endsWith(u"ies") && word.size() > 4)
        word = word.chopped(3) + u'y';
    else if (word.endsWith(u's') && !word.endsWith(u"ss") && word.size() > 3)
        word.chop(1);
    return word;
}

QString lastSegment(const QString &normalised)
{
    return normalised.mid(normalised.lastIndexOf(u'.') + 1);
}

QString parentPath(const QString &normalised)
{
    const qsizetype dot = normalised.lastIndexOf(u'.');
    return dot < 0 ? QString() : normalised.left(dot);
}

} // namespace

QString normalisedPath(const QString &path)
{
    QStringList parts;
    for (const QStringView part : QStringView(path).split(u'.')) {
        const bool list = part.endsWith(u"[]");
        parts.append(normalisedSegment(list ? part.chopped(2) : part) + (list ? u"[]"_s : QString()));
    }
    return parts.join(u'.');
}

QList<AutoMapProposal> autoMap(const CatalogObject &source, const CatalogObject &target,
                               const QStringList &mappedTargets, double minimumConfidence)
{
    struct Candidate
    {
        AutoMapProposal proposal;
        qsizetype targetIndex;
        qsizetype sourceIndex;
        bool sameDepth;
    };
    QList<Candidate> candidates;
    for (qsizetype t = 0; t < target.fields.size(); ++t) {
        const CatalogField &to = target.fields.at(t);
        if (to.readOnly || mappedTargets.contains(to.path))
            continue;
        const QString targetName = normalisedPath(to.path);
        for (qsizetype s = 0; s < source.fields.size(); ++s) {
            const CatalogField &from = source.fields.at(s);
            const QString sourceName = normalisedPath(from.path);
            // A list element maps to a list element, a single field to a single field.
            if (from.path.contains(u"[]"_s) != to.path.contains(u"[]"_s))
                continue;
            double score = 0;
            QString reason;
            if (!to.canonicalConcept.isEmpty() && to.canonicalConcept == from.canonicalConcept) {
                score = 1.0;
                reason = Text::tr("same concept %1").arg(to.canonicalConcept);
            } else if (sourceName == targetName) {
                score = 0.8;
                reason = Text::tr("same name");
            } else if (lastSegment(sourceName) == lastSegment(targetName)) {
                // Same field name under different parents: likelier when the parents match too.
                score = parentPath(sourceName) == parentPath(targetName) ? 0.75 : 0.6;
                // A same-named field nested at another depth is a weaker hint, the deeper the weaker.
                const qsizetype depthDifference = std::abs(sourceName.count(u'.') - targetName.count(u'.'));
                score += depthDifference == 0 ? 0.05 : -0.05 * double(depthDifference);
                reason = Text::tr("same field name");
            } else {
                continue;
            }
            const bool needsTransform = !canWriteUnchanged(from.type, to.type);
            if (needsTransform)
                score -= 0.1;
            if (score >= minimumConfidence)
                candidates.append({{from.path, to.path, score, reason, needsTransform},
                                   t,
                                   s,
                                   from.path.count(u'.') == to.path.count(u'.')});
        }
    }
    // Best score first; on a tie, the source whose path is as deep as the target's, then the
    // catalogs' order, so the outcome never depends on hashing.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.proposal.confidence != b.proposal.confidence)
            return a.proposal.confidence > b.proposal.confidence;
        return a.sameDepth && !b.sameDepth;
    });
    QSet<qsizetype> usedTargets;
    QSet<qsizetype> usedSources;
    QList<Candidate> chosen;
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedTargets.contains(c.targetIndex) || usedSources.contains(c.sourceIndex))
            continue;
        usedTargets.insert(c.targetIndex);
        usedSources.insert(c.sourceIndex);
        chosen.append(c);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Candidate &a, const Candidate &b) { return a.targetIndex < b.targetIndex; });
    QList<AutoMapProposal> proposals;
    for (const Candidate &c : std::as_const(chosen))
        proposals.append(c.proposal);
    return proposals;
}

} // namespace LedgerLink::Mapping
