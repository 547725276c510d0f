// A throw-away Vendure 3.7.3 for the connector peer tests (started by vendure.sh): sql.js (pure
// WASM SQLite, no native modules), Admin API at /admin-api and Shop API at /shop-api, bound to
// 127.0.0.1 only, telemetry off. Based on ../shared/peers/recipes/vendure_server.js, with a 20 %
// tax rate (on products and shipping) so that orders carry real tax lines, and a read-only role
// for the permission check.
//
// Environment: PORT (the APIs), POPULATE_PORT (a second free port for the one-off populate run),
// VENDURE_DB (the sql.js database file), VENDURE_DB_SNAPSHOT (optional: where to copy the freshly
// populated database, so that the next start can skip populate).
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const path = require('path');
const fs = require('fs');
const { bootstrap, dummyPaymentHandler, LanguageCode } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');

const PORT = Number(process.env.PORT || 3000);
const POPULATE_PORT = Number(process.env.POPULATE_PORT || PORT + 1000);
const DB = process.env.VENDURE_DB || path.join(process.cwd(), 'vendure.sqlite');
const SNAPSHOT = process.env.VENDURE_DB_SNAPSHOT || '';
// The tax rate on products and shipping (the end-to-end test runs a tax-free shop: tax
// pass-through to the ERP is its own subject).
const TAX = Number(process.env.VENDURE_TAX_PERCENT || 20);

const config = {
  apiOptions: { hostname: '127.0.0.1', port: PORT, adminApiPath: 'admin-api', shopApiPath: 'shop-api' },
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
    cookieOptions: { secret: 'peer-test-secret' },
  },
  dbConnectionOptions: { type: 'sqljs', location: DB, autoSave: true, synchronize: true, logging: false },
  paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
  plugins: [],
};

const initialData = {
  defaultLanguage: LanguageCode.en,
  defaultZone: 'Americas',
  countries: [{ name: 'United States of America', code: 'US', zone: 'Americas' }],
  taxRates: [{ name: 'Standard Tax', percentage: TAX }],
  shippingMethods: [{ name: 'Standard Shipping', price: 500, taxRate: TAX }],
  paymentMethods: [{ name: 'Web shop payment',
    handler: { code: dummyPaymentHandler.code, arguments: [{ name: 'automaticSettle', value: 'true' }] } }],
  roles: [{ code: 'catalog-reader', description: 'Catalog reader', permissions: ['ReadCatalog'] }],
  collections: [],
};

(async () => {
  const t0 = Date.now();
  if (!fs.existsSync(DB)) {
    // First run: schema and seed data through Vendure's own populate(), on a port of its own.
    const app = await populate(
      () => bootstrap({ ...config, apiOptions: { ...config.apiOptions, port: POPULATE_PORT } }), initialData);
    await app.close();
    console.log(`populated in ${Date.now() - t0} ms`);
    if (SNAPSHOT) {
      fs.copyFileSync(DB, SNAPSHOT + '.tmp');
      fs.renameSync(SNAPSHOT + '.tmp', SNAPSHOT);
    }
  }
  await bootstrap(config);
  console.log(`VENDURE READY on http://127.0.0.1:${PORT} in ${Date.now() - t0} ms`);
})().catch(e => { console.error(e); process.exit(1); });
