/**
 * Money arithmetic, in integers only. Amounts are integer minor units (cents); quantities, hours and
 * percentages are scaled to integers before they meet an amount (quantity to thousandths, hours to
 * hundredths, percentages to basis points), and every product is divided back with one
 * `roundHalfUp`, in BigInt, so `1.005 × 3` or `0.1 × 0.2` never passes through a binary fraction.
 * The rules are the contract's (DESIGN.md, "Module rules"): a line's amount and tax are each rounded
 * on their own, and totals are the sums of the rounded lines.
 */

export const QUANTITY_PLACES = 3;
export const HOURS_PLACES = 2;
export const BPS_PER_WHOLE = 10_000;

/** Thrown when a result would not fit a JSON number exactly (above 2^53 − 1 minor units). */
export class MoneyOverflow extends RangeError {
  constructor() {
    super('The amount is too large');
  }
}

/**
 * `numerator / denominator` rounded to the nearest integer, halves away from zero (2.5 → 3, −2.5 → −3).
 * `denominator` must be positive.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('The denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  // floor(m/d + 1/2) = floor((2m + d) / 2d), exact in integers.
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal (a JSON number or its text) as an integer scaled by 10^places: `toScaled(1.25, 3)` is
 * 1250n. A JSON number is read through its shortest round-trip text, which is what the caller wrote
 * (`1.005` stays 1.005, not 1.00499999…). Undefined when it has more decimals than `places`, or is
 * not a plain decimal (exponent notation, NaN, Infinity).
 */
export function toScaled(value: number | string, places: number): bigint | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const match = DECIMAL.exec(typeof value === 'number' ? String(value) : value.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > places) return undefined;
  const scaled = BigInt(whole) * 10n ** BigInt(places) + BigInt(significant.padEnd(places, '0') || '0');
  return sign === '-' ? -scaled : scaled;
}

/** Whether a number has at most `places` decimals (for input validation). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  return toScaled(value, places) !== undefined;
}

/** A BigInt result as a JSON-safe number, or MoneyOverflow. */
export function toSafeMinor(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyOverflow();
  return Number(value);
}

function scaledOrThrow(value: number | string, places: number, what: string): bigint {
  const scaled = toScaled(value, places);
  if (scaled === undefined) throw new RangeError(`${what} must be a decimal with at most ${places} decimals`);
  return scaled;
}

/** `round_half_up(quantity × unitPriceMinor)`, quantity with up to 3 decimals. */
export function lineAmountMinor(quantity: number | string, unitPriceMinor: number): bigint {
  const thousandths = scaledOrThrow(quantity, QUANTITY_PLACES, 'quantity');
  return roundHalfUp(thousandths * BigInt(unitPriceMinor), 10n ** BigInt(QUANTITY_PLACES));
}

/** `round_half_up(amountMinor × bps / 10000)`: a percentage in basis points (10000 = 100 %) of an amount. */
export function percentOfMinor(amountMinor: bigint | number, bps: number): bigint {
  return roundHalfUp(BigInt(amountMinor) * BigInt(bps), BigInt(BPS_PER_WHOLE));
}

/** `round_half_up(hours × rateMinor)`, hours with up to 2 decimals. */
export function hoursTimesRateMinor(hours: number | string, rateMinor: number): bigint {
  const hundredths = scaledOrThrow(hours, HOURS_PLACES, 'hours');
  return roundHalfUp(hundredths * BigInt(rateMinor), 10n ** BigInt(HOURS_PLACES));
}

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  taxRateBps: number;
}

export interface PricedInvoiceLine extends InvoiceLineInput {
  amountMinor: number;
  taxMinor: number;
}

export interface InvoiceTotals {
  lines: PricedInvoiceLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/**
 * Prices an invoice: each line's amount `round_half_up(quantity × unitPriceMinor)` and tax
 * `round_half_up(amountMinor × taxRateBps / 10000)`, then the sums. Throws MoneyOverflow when a total
 * would not be exact as a JSON number.
 */
export function priceInvoice(lines: readonly InvoiceLineInput[]): InvoiceTotals {
  let subtotal = 0n;
  let tax = 0n;
  const priced = lines.map((line) => {
    const amount = lineAmountMinor(line.quantity, line.unitPriceMinor);
    const lineTax = percentOfMinor(amount, line.taxRateBps);
    subtotal += amount;
    tax += lineTax;
    return {
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBps: line.taxRateBps,
      amountMinor: toSafeMinor(amount),
      taxMinor: toSafeMinor(lineTax),
    };
  });
  return { lines: priced, subtotalMinor: toSafeMinor(subtotal), taxMinor: toSafeMinor(tax), totalMinor: toSafeMinor(subtotal + tax) };
}

export type DeductionRule = { name: string; percentBps: number } | { name: string; amountMinor: number };
export type AppliedDeduction = { name: string; percentBps?: number; amountMinor: number };

export interface PayInput {
  payType: 'hourly' | 'salaried';
  /** Per hour when hourly; per pay period when salaried. */
  rateMinor: number;
  hours: number;
  deductions: readonly DeductionRule[];
}

export interface Pay {
  grossMinor: number;
  deductions: AppliedDeduction[];
  deductionsMinor: number;
  netMinor: number;
}

/**
 * One payroll line: gross is `round_half_up(hours × rateMinor)` when hourly and `rateMinor` when
 * salaried; each deduction is `round_half_up(gross × percentBps / 10000)` or its fixed amount; net is
 * gross less deductions, never below zero. Deductions are the configured amounts, not a tax engine.
 */
export function computePay(input: PayInput): Pay {
  const gross = input.payType === 'hourly' ? hoursTimesRateMinor(input.hours, input.rateMinor) : BigInt(input.rateMinor);
  let total = 0n;
  const deductions = input.deductions.map((rule): AppliedDeduction => {
    const amount = 'percentBps' in rule ? percentOfMinor(gross, rule.percentBps) : BigInt(rule.amountMinor);
    total += amount;
    return 'percentBps' in rule
      ? { name: rule.name, percentBps: rule.percentBps, amountMinor: toSafeMinor(amount) }
      : { name: rule.name, amountMinor: toSafeMinor(amount) };
  });
  const net = gross - total;
  return {
    grossMinor: toSafeMinor(gross),
    deductions,
    deductionsMinor: toSafeMinor(total),
    netMinor: toSafeMinor(net > 0n ? net : 0n),
  };
}

/** Adds amounts exactly; MoneyOverflow when the sum would not be an exact JSON number. */
export function sumMinor(amounts: readonly number[]): number {
  return toSafeMinor(amounts.reduce((sum, amount) => sum + BigInt(amount), 0n));
}

/** How many minor units a currency has (USD 2, JPY 0, KWD 3), from ICU's data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units as a plain decimal in major units: 123456 USD → "1234.56", −5 → "-0.05". */
export function toDecimalString(amountMinor: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const value = BigInt(amountMinor);
  const sign = value < 0n ? '-' : '';
  const magnitude = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${magnitude}`;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}

/** For people: `USD 1,234.56`. Grouping is added to the exact decimal text, never through a float. */
export function formatMoney(amountMinor: number | bigint, currency: string): string {
  const [whole = '0', fraction] = toDecimalString(amountMinor, currency).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** Basis points for people: 2000 → "20%", 825 → "8.25%". */
export function formatBps(bps: number): string {
  const sign = bps < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(bps) / 100);
  const rest = Math.abs(bps) % 100;
  return `${sign}${whole}${rest === 0 ? '' : `.${String(rest).padStart(2, '0').replace(/0$/, '')}`}%`;
}
