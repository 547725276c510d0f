// libFuzzer target: the webhook receiver's request handling and signature check
// (core/net/webhookreceiver.h, webhooksignature.h), called directly, no sockets. Input:
//   byte 0: bits 0-1 the vendor (Shopify, WooCommerce, Xero), bit 2 "sign the body correctly"
//           (so the JSON handling behind the signature check is reached too);
//   then header lines "Name: value" up to an empty line; then the raw body.
// Properties: nothing is accepted without a valid signature (a WooCommerce creation ping aside),
// the answer is one of the documented statuses, the secret is never in a message, and every
// event of an accepted delivery is either new (one job) or a duplicate.
// Seeds: tests/fuzz/corpus/fuzz_webhook/.
#include "fuzzsupport.h"

#include "net/webhookreceiver.h"
#include "net/webhooksignature.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
namespace Net = LedgerLink::Net;
namespace Store = LedgerLink::Store;

namespace {

const QByteArray secret = QByteArrayLiteral("fuzz-secret-7Qx2&amp;Lw");

/// A scratch state store and a receiver on it, replaced every so many runs so that the audit
/// log and the ledger do not grow without bound (which would slow the runs down, not find bugs).
struct Harness
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store::StateStore> store;
    std::unique_ptr<Net::WebhookReceiver> receiver;
    int runs = 0;

    Net::WebhookReceiver &get()
    {
        if (!receiver || ++runs % 2000 == 0) {
            receiver.reset();
            store.reset();
            const QString base = QDir(u"/dev/shm"_s).exists()
                ? u"/dev/shm/ledgerlink-fuzz-XXXXXX"_s
                : QDir::tempPath() + u"/ledgerlink-fuzz-XXXXXX"_s;
            dir = std::make_unique<QTemporaryDir>(base);
            LEDGERLINK_FUZZ_CHECK(dir->isValid(), "a scratch directory");
            store = std::make_unique<Store::StateStore>(
                Store::StoreLocation::sqlite(dir->filePath(u"state.db"_s)));
            LEDGERLINK_FUZZ_CHECK(store->open().ok(), "a scratch state store opens");
            receiver = std::make_unique<Net::WebhookReceiver>(*store);
            for (const auto vendor :
                 {Net::WebhookVendor::Shopify, Net::WebhookVendor::WooCommerce, Net::WebhookVendor::Xero})
                receiver->setSecret(vendor, secret);
        }
        return *receiver;
    }
};

Harness &harness()
{
    static Harness instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    LedgerLink::Fuzz::initializeQt(argc, argv);
    (void)harness().get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const auto vendor = std::array{Net::WebhookVendor::Shopify, Net::WebhookVendor::WooCommerce,
                                   Net::WebhookVendor::Xero}[(data[0] & 3) % 3];
    const bool sign = data[0] & 4;
    const QByteArray rest = LedgerLink::Fuzz::bytesOf(data + 1, size - 1);

    Net::HeaderList headers;
    QByteArray body;
    qsizetype position = 0;
    while (position <= rest.size()) {
        qsizetype end = rest.indexOf('\n', position);
        if (end < 0)
            end = rest.size();
        const QByteArray line = rest.mid(position, end - position);
        position = end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            headers.append({line, QByteArray()});
        else
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (position < rest.size())
        body = rest.mid(position);

    const QByteArray header = Net::signatureHeader(vendor);
    if (sign)
        headers.prepend({header, Net::computeSignature(vendor, secret, body)});

    // The signature check on its own: what the receiver will decide.
    QByteArray provided;
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name.compare(header, Qt::CaseInsensitive) == 0) {
            provided = value.trimmed();
            break;
        }
    }
    const Net::SignatureCheck check = Net::verifySignature(vendor, secret, body, provided);
    LEDGERLINK_FUZZ_CHECK(check.valid == check.reason.isEmpty(), "a refused signature says why");
    LEDGERLINK_FUZZ_CHECK(!check.reason.toUtf8().contains(secret), "the reason never holds the secret");
    if (sign)
        LEDGERLINK_FUZZ_CHECK(check.valid, "the vendor's own signature is valid");
    (void)Net::wordPressSpecialCharsDecode(body);

    const Net::WebhookOutcome outcome = harness().get().process(vendor, headers, body);
    static const QList<int> statuses = {200, 400, 401, 413, 500};
    LEDGERLINK_FUZZ_CHECK(statuses.contains(outcome.status), "a documented status");
    LEDGERLINK_FUZZ_CHECK(!outcome.message.toUtf8().contains(secret), "the message never holds the secret");
    if (outcome.status == 200 && outcome.result != u"ping") {
        LEDGERLINK_FUZZ_CHECK(check.valid, "nothing is accepted without a valid signature");
        LEDGERLINK_FUZZ_CHECK(outcome.jobIds.size() + outcome.duplicates == outcome.eventIds.size(),
                              "every event is new or a duplicate");
    }
    if (outcome.status == 200 && outcome.result == u"ping")
        LEDGERLINK_FUZZ_CHECK(vendor == Net::WebhookVendor::WooCommerce && provided.isEmpty(),
                              "only an unsigned WooCommerce delivery is a ping");
    if (!check.valid && outcome.result != u"ping" && outcome.status != 413)
        LEDGERLINK_FUZZ_CHECK(outcome.status == 401, "a wrong signature is refused with 401");
    return 0;
}
