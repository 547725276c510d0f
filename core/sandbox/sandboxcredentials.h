#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

/// The fixed credentials of the sandbox store and sandbox books. They are public test values
/// (printed by `ledgerlink-cli sandbox serve`), never secrets: the sandbox only listens on
/// 127.0.0.1 and holds generated data.
namespace LedgerLink::Sandbox::Credentials {

/// The sandbox store's shop domain (sent as X-Shopify-Shop-Domain on webhook deliveries).
inline constexpr char shopDomainText[] = "sandbox-shop.myshopify.com";
/// The Shopify Admin API access token (header X-Shopify-Access-Token).
inline constexpr char shopAccessTokenText[] = "shpat_sandbox_0000000000000000";
/// The secret the sandbox store signs webhook deliveries with (X-Shopify-Hmac-Sha256).
inline constexpr char shopWebhookSecretText[] = "sandbox-webhook-secret";
/// The Shopify Admin REST API version the sandbox store speaks.
inline constexpr char shopApiVersionText[] = "2024-04";
/// The Xero tenant id of the sandbox books (header xero-tenant-id).
inline constexpr char xeroTenantIdText[] = "00000000-0000-4000-8000-000000000001";
/// The bearer token of the sandbox books (header Authorization: Bearer <token>).
inline constexpr char xeroAccessTokenText[] = "sandbox-xero-access-token";
/// The Xero webhook signing key of the sandbox books (x-xero-signature).
inline constexpr char xeroWebhookKeyText[] = "sandbox-xero-webhook-key";

inline QString shopDomain()
{
    return QString::fromLatin1(shopDomainText);
}
inline QString shopAccessToken()
{
    return QString::fromLatin1(shopAccessTokenText);
}
inline QString shopWebhookSecret()
{
    return QString::fromLatin1(shopWebhookSecretText);
}
inline QString shopApiVersion()
{
    return QString::fromLatin1(shopApiVersionText);
}
inline QString xeroTenantId()
{
    return QString::fromLatin1(xeroTenantIdText);
}
inline QString xeroAccessToken()
{
    return QString::fromLatin1(xeroAccessTokenText);
}
inline QString xeroWebhookKey()
{
    return QString::fromLatin1(xeroWebhookKeyText);
}

} // namespace LedgerLink::Sandbox::Credentials
