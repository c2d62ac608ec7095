// The marketplace table: paper size, date locale and who the letter is addressed to.

/** What the letter needs to know about a marketplace. */
export interface MarketplaceInfo {
  code: string;
  country: string;
  domain: string;
  sellerCentral: string;
  currency: string;
  paper: 'A4' | 'LETTER';
  /** Locale for English letters in this marketplace (dates like November 2, 2026 vs 2 November 2026). */
  englishLocale: string;
}

const rows: [string, string, string, string, string, string][] = [
  // code, country, storefront, seller central host, currency, English locale
  ['US', 'United States', 'amazon.com', 'sellercentral.amazon.com', 'USD', 'en-US'],
  ['CA', 'Canada', 'amazon.ca', 'sellercentral.amazon.ca', 'CAD', 'en-CA'],
  ['MX', 'Mexico', 'amazon.com.mx', 'sellercentral.amazon.com.mx', 'MXN', 'en-US'],
  ['BR', 'Brazil', 'amazon.com.br', 'sellercentral.amazon.com.br', 'BRL', 'en-GB'],
  ['UK', 'United Kingdom', 'amazon.co.uk', 'sellercentral-europe.amazon.com', 'GBP', 'en-GB'],
  ['DE', 'Germany', 'amazon.de', 'sellercentral-europe.amazon.com', 'EUR', 'en-GB'],
  ['FR', 'France', 'amazon.fr', 'sellercentral-europe.amazon.com', 'EUR', 'en-GB'],
  ['IT', 'Italy', 'amazon.it', 'sellercentral-europe.amazon.com', 'EUR', 'en-GB'],
  ['ES', 'Spain', 'amazon.es', 'sellercentral-europe.amazon.com', 'EUR', 'en-GB'],
  ['NL', 'Netherlands', 'amazon.nl', 'sellercentral.amazon.nl', 'EUR', 'en-GB'],
  ['SE', 'Sweden', 'amazon.se', 'sellercentral.amazon.se', 'SEK', 'en-GB'],
  ['PL', 'Poland', 'amazon.pl', 'sellercentral.amazon.pl', 'PLN', 'en-GB'],
  ['BE', 'Belgium', 'amazon.com.be', 'sellercentral.amazon.com.be', 'EUR', 'en-GB'],
  ['TR', 'Türkiye', 'amazon.com.tr', 'sellercentral.amazon.com.tr', 'TRY', 'en-GB'],
  ['JP', 'Japan', 'amazon.co.jp', 'sellercentral.amazon.co.jp', 'JPY', 'en-GB'],
  ['AU', 'Australia', 'amazon.com.au', 'sellercentral.amazon.com.au', 'AUD', 'en-AU'],
  ['IN', 'India', 'amazon.in', 'sellercentral.amazon.in', 'INR', 'en-IN'],
  ['SG', 'Singapore', 'amazon.sg', 'sellercentral.amazon.sg', 'SGD', 'en-SG'],
  ['AE', 'United Arab Emirates', 'amazon.ae', 'sellercentral.amazon.ae', 'AED', 'en-GB'],
  ['SA', 'Saudi Arabia', 'amazon.sa', 'sellercentral.amazon.com.sa', 'SAR', 'en-GB'],
  ['EG', 'Egypt', 'amazon.eg', 'sellercentral.amazon.eg', 'EGP', 'en-GB'],
  ['IE', 'Ireland', 'amazon.ie', 'sellercentral-europe.amazon.com', 'EUR', 'en-IE'],
];

const letterPaper = new Set(['US', 'CA', 'MX']);

const table = new Map<string, MarketplaceInfo>(
  rows.map(([code, country, domain, sellerCentral, currency, englishLocale]) => [
    code,
    { code, country, domain, sellerCentral, currency, englishLocale, paper: letterPaper.has(code) ? 'LETTER' : 'A4' },
  ]),
);

/** The marketplace's row; the schema guarantees the code is known. */
export function marketplaceInfo(code: string): MarketplaceInfo {
  const info = table.get(code);
  if (!info) throw new Error(`unknown marketplace ${code}`);
  return info;
}

// Amazon's European, Middle Eastern, Indian and Australian Seller Central pages speak of dispatch, not shipment.
const dispatchMarketplaces = new Set([
  'UK',
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'SE',
  'PL',
  'BE',
  'IE',
  'TR',
  'IN',
  'AU',
  'SG',
  'AE',
  'SA',
  'EG',
]);

/** The strings key of a metric's name in a marketplace: "late-dispatch-rate" where Amazon calls it so. */
export function metricNameKey(metric: string, marketplace: string): string {
  return metric === 'late-shipment-rate' && dispatchMarketplaces.has(marketplace) ? 'late-dispatch-rate' : metric;
}

/** The strings keys that name one metric: its own and the other marketplaces' name for it. */
const metricNameKeys = (metric: string): string[] => (metric === 'late-shipment-rate' ? [metric, 'late-dispatch-rate'] : [metric]);

/**
 * The name a letter gives a metric: the one the notice's own text uses, where it uses one of the metric's names,
 * else the marketplace's.
 */
export function metricName(metric: string, marketplace: string, notice: string, names: Record<string, string>): string | undefined {
  const said = notice.toLowerCase();
  const fromNotice = metricNameKeys(metric)
    .map((key) => names[key])
    .find((name) => name && said.includes(name.toLowerCase()));
  return fromNotice ?? names[metricNameKey(metric, marketplace)];
}
