// Amounts as people write them (decimals) and as the API counts them (integer minor units).

const digitsCache = new Map();

/** How many minor digits a currency has: 2 for EUR, 0 for JPY, 3 for BHD. */
export function minorDigits(currency) {
  const code = String(currency || '').toUpperCase();
  if (!digitsCache.has(code)) {
    let digits = 2;
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    } catch {
      digits = 2;
    }
    digitsCache.set(code, digits);
  }
  return digitsCache.get(code);
}

/**
 * The minor units of a decimal such as "10.5" in `currency`, or an Error saying what is wrong.
 * Exact: no floating point, more digits than the currency has are refused.
 */
export function toMinor(text, currency, { allowZero = false } = {}) {
  const digits = minorDigits(currency);
  const value = String(text ?? '').trim().replace(',', '.');
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^(\\d+)(?:\\.(\\d{1,${digits}}))?$`);
  const match = value.match(pattern);
  if (!match) {
    throw new Error(digits === 0
      ? `Enter a whole number of ${currency}.`
      : `Enter an amount such as 12.50, with at most ${digits} decimals for ${currency}.`);
  }
  const whole = digits === 0 ? value : match[1];
  const fraction = digits === 0 ? '' : (match[2] ?? '').padEnd(digits, '0');
  const minor = Number(whole.replace(/^0+(?=\d)/, '') + fraction);
  if (!Number.isSafeInteger(minor)) throw new Error('That amount is too large.');
  if (!allowZero && minor === 0) throw new Error('Enter an amount above zero.');
  return minor;
}

/** "10.50" for 1050 EUR: the decimal without the currency. */
export function toDecimal(minor, currency) {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? units : units.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${units.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "EUR 1,234.50" for people, still exact; a negative amount reads "-EUR 5.00". */
export function formatMoney(minor, currency) {
  if (minor === null || minor === undefined) return '';
  const sign = minor < 0 ? '-' : '';
  const [whole, fraction] = toDecimal(Math.abs(minor), currency).split('.');
  return `${sign}${currency} ${BigInt(whole).toLocaleString('en')}${fraction ? `.${fraction}` : ''}`;
}

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'BHD'];
