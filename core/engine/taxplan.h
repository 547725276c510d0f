#pragma once

#include "engine/moneyrules.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Connectors {
class Connector;
struct VendorRecord;
} // namespace LedgerLink::Connectors

namespace LedgerLink::Engine {

struct WorkspaceConfig;

/**
 * Tax flags before writing (docs/money.md, "Where the rules apply"): the store is the tax
 * authority and its amounts are written as they are, but some targets insist on computing tax
 * themselves. For those the target's result is predicted with its documented rounding
 * (MoneyRules::planTax) and every difference from what the store charged is said plainly, before
 * the write: in the dry run on the plan line (PlannedChange::flags), in the run in the audit log
 * of the write. The write itself goes ahead: the owner's amounts are sent; the target computes
 * its own. Everything here is reentrant and may run on any thread.
 */

/**
 * How the ERP of `system` (a connector id: "xero", "tryton") computes tax when it does so itself,
 * or std::nullopt when it takes the amounts it is sent. `taxRounding` is the connection's
 * "tax_rounding" setting ("line"/"per_line" or "document"/"per_document"; empty: the system's
 * default — Xero rounds per line, Tryton's company default is "document").
 */
std::optional<MoneyRules::TargetTaxBehaviour> targetTaxBehaviour(const QString &system,
                                                                 const QString &taxRounding = {});

/**
 * The workspace's ERP's behaviour: targetTaxBehaviour() of `config.erp.system` with the "erp"
 * side's "tax_rounding" of the workspace's connections.json (a sandbox workspace has none: the
 * sandbox books round as Xero does by default).
 */
std::optional<MoneyRules::TargetTaxBehaviour> targetTaxBehaviour(const WorkspaceConfig &config);

/**
 * `order` as the mapping writes it: the item lines, and of its shipping lines only the first
 * `shippingLinesWritten` (the rest, and their tax, price and discount, are taken off the order's
 * totals, so that the store's amounts compared are those of what is written).
 */
Model::Order writtenPart(const Model::Order &order, qsizetype shippingLinesWritten);

/**
 * How many of `order`'s shipping lines the mapped `payload` for `system` carries as lines the target
 * computes tax on: Xero, the LineItems beyond the order's item lines; Tryton, its "shipping" (one
 * line of the shipping amount) when not zero.
 */
qsizetype shippingLinesWritten(const QString &system, const QJsonObject &payload, const Model::Order &order);

/**
 * The currency code the mapped `payload` for `system` is written in, upper-case: Tryton, the
 * sale's "currency" (TrytonOrderWriter); Xero and the sandbox books, the invoice's "CurrencyCode".
 * Empty when the payload does not say.
 */
QString payloadCurrency(const QString &system, const QJsonObject &payload);

/**
 * The flags of one order about to be written to a target that computes tax itself: one per
 * difference between the target's predicted result and what the store charged, said plainly with
 * the amounts and the cause ("Xero will compute 0.06 tax per line, half-up; the store charged 0.05
 * on the total: the invoice will be 0.01 EUR more — tax rounding"). Empty when the prediction
 * matches. A tax plan that cannot be made is itself a flag naming what is wrong.
 */
QStringList taxFlags(const Model::Order &order, const Mapping::Policies &policies,
                     const MoneyRules::TargetTaxBehaviour &target);

/**
 * taxFlags() of a store order as read (`record`): the store connector's canonical order, reduced
 * to what the mapped `payload` writes to the target of `targetSystem`, in the currency the payload
 * is written in (payloadCurrency()):
 * - the order's own, or not said: the canonical order (toCanonical());
 * - the order's base (shop) currency: the order as the store states it in that currency
 *   (Connector::toCanonicalInBaseCurrency(): its own amounts, never a conversion made here); a
 *   difference that the prediction in the order's own currency does not have is the store's
 *   conversion of each amount on its own (cause: currency rate). A store that cannot give it is
 *   one flag saying so: the order's amounts converted at its rate could each be a cent off what
 *   the store wrote, the size of the differences predicted;
 * - another currency: one flag, the target will not take the order's amounts as they are.
 * An order whose canonical form cannot be built is flagged with what is wrong (its write is not
 * held back by it).
 */
QStringList taxFlags(const Connectors::Connector &store, const Connectors::VendorRecord &record,
                     const QJsonObject &payload, const QString &targetSystem,
                     const Mapping::Policies &policies, const MoneyRules::TargetTaxBehaviour &target);

} // namespace LedgerLink::Engine
