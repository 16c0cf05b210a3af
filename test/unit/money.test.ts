import { describe, expect, it } from 'vitest';
import {
  computePay,
  formatBps,
  formatMoney,
  hasAtMostDecimals,
  hoursTimesRateMinor,
  lineAmountMinor,
  MoneyOverflow,
  minorDigits,
  percentOfMinor,
  priceInvoice,
  roundHalfUp,
  sumMinor,
  toDecimalString,
  toSafeMinor,
  toScaled,
} from '../../functions/core/money.ts';

describe('roundHalfUp', () => {
  it('rounds halves away from zero, both signs', () => {
    const cases: Array<[bigint, bigint, bigint]> = [
      [5n, 10n, 1n],
      [15n, 10n, 2n],
      [25n, 10n, 3n],
      [-5n, 10n, -1n],
      [-15n, 10n, -2n],
      [-25n, 10n, -3n],
      [1n, 2n, 1n],
      [-1n, 2n, -1n],
      [3n, 2n, 2n],
    ];
    for (const [n, d, expected] of cases) expect(roundHalfUp(n, d), `${n}/${d}`).toBe(expected);
  });

  it('rounds below a half toward zero and above a half away from it', () => {
    expect(roundHalfUp(4n, 10n)).toBe(0n);
    expect(roundHalfUp(-4n, 10n)).toBe(0n);
    expect(roundHalfUp(6n, 10n)).toBe(1n);
    expect(roundHalfUp(-6n, 10n)).toBe(-1n);
    expect(roundHalfUp(4999n, 10000n)).toBe(0n);
    expect(roundHalfUp(5000n, 10000n)).toBe(1n);
    expect(roundHalfUp(14999n, 10000n)).toBe(1n);
  });

  it('leaves exact quotients alone, including zero', () => {
    expect(roundHalfUp(0n, 7n)).toBe(0n);
    expect(roundHalfUp(21n, 7n)).toBe(3n);
    expect(roundHalfUp(-21n, 7n)).toBe(-3n);
    expect(roundHalfUp(1n, 1n)).toBe(1n);
  });

  it('is exact far beyond 2^53', () => {
    const big = 10n ** 30n + 5n;
    expect(roundHalfUp(big, 10n)).toBe(10n ** 29n + 1n);
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => roundHalfUp(1n, -2n)).toThrow(RangeError);
  });
});

describe('toScaled', () => {
  it('reads decimals exactly, as written', () => {
    expect(toScaled(1, 3)).toBe(1000n);
    expect(toScaled(1.5, 3)).toBe(1500n);
    expect(toScaled(1.005, 3)).toBe(1005n);
    expect(toScaled(2.675, 3)).toBe(2675n);
    expect(toScaled(0.001, 3)).toBe(1n);
    expect(toScaled(0.1, 2)).toBe(10n);
    expect(toScaled('12.340', 2)).toBe(1234n);
    expect(toScaled(-0.5, 3)).toBe(-500n);
    expect(toScaled(0, 3)).toBe(0n);
    expect(toScaled(123456789.123, 3)).toBe(123456789123n);
  });

  it('refuses more decimals than allowed, exponents and non-numbers', () => {
    expect(toScaled(1.0001, 3)).toBeUndefined();
    expect(toScaled(0.1 + 0.2, 3)).toBeUndefined(); // 0.30000000000000004
    expect(toScaled(1.234, 2)).toBeUndefined();
    expect(toScaled(1e-7, 3)).toBeUndefined();
    expect(toScaled(1e21, 3)).toBeUndefined();
    expect(toScaled(Number.NaN, 3)).toBeUndefined();
    expect(toScaled(Number.POSITIVE_INFINITY, 3)).toBeUndefined();
    expect(toScaled('1,5', 3)).toBeUndefined();
    expect(toScaled('', 3)).toBeUndefined();
  });

  it('hasAtMostDecimals says the same', () => {
    expect(hasAtMostDecimals(1.125, 3)).toBe(true);
    expect(hasAtMostDecimals(1.1255, 3)).toBe(false);
    expect(hasAtMostDecimals(7.25, 2)).toBe(true);
    expect(hasAtMostDecimals(7.255, 2)).toBe(false);
  });
});

describe('invoice line arithmetic', () => {
  it('multiplies a fractional quantity by a price without floating-point error', () => {
    // 1.005 × 1000 in floating point is 1004.9999999999999; in thousandths it is exactly 1005.
    expect(lineAmountMinor(1.005, 1000)).toBe(1005n);
    // 0.333 × 3 = 0.999 → 1
    expect(lineAmountMinor(0.333, 3)).toBe(1n);
    // 2.5 × 1 = 2.5 → 3 (half up)
    expect(lineAmountMinor(2.5, 1)).toBe(3n);
    // 0.5 × 1 = 0.5 → 1
    expect(lineAmountMinor(0.5, 1)).toBe(1n);
    // 0.499 × 1 → 0
    expect(lineAmountMinor(0.499, 1)).toBe(0n);
    // 1.115 × 100 = 111.5 → 112
    expect(lineAmountMinor(1.115, 100)).toBe(112n);
    // 3 × 1999 = 5997, exact
    expect(lineAmountMinor(3, 1999)).toBe(5997n);
    // 0.001 × 499 = 0.499 → 0; × 500 = 0.5 → 1
    expect(lineAmountMinor(0.001, 499)).toBe(0n);
    expect(lineAmountMinor(0.001, 500)).toBe(1n);
    expect(lineAmountMinor(7, 0)).toBe(0n);
  });

  it('refuses a quantity with four decimals', () => {
    expect(() => lineAmountMinor(1.0005, 100)).toThrow(RangeError);
  });

  it('takes tax on the rounded line amount, in basis points', () => {
    expect(percentOfMinor(1005, 2000)).toBe(201n); // 201.0
    expect(percentOfMinor(1005, 0)).toBe(0n);
    expect(percentOfMinor(1005, 10_000)).toBe(1005n);
    expect(percentOfMinor(125, 2000)).toBe(25n);
    expect(percentOfMinor(1, 5000)).toBe(1n); // half a cent → 1
    expect(percentOfMinor(1, 4999)).toBe(0n);
    expect(percentOfMinor(333, 825)).toBe(27n); // 27.4725
    expect(percentOfMinor(350, 1000)).toBe(35n);
    expect(percentOfMinor(1050, 1000)).toBe(105n);
    expect(percentOfMinor(15, 1000)).toBe(2n); // 1.5 → 2
    expect(percentOfMinor(-15, 1000)).toBe(-2n);
  });

  it('prices an invoice line by line and sums the rounded lines', () => {
    const priced = priceInvoice([
      { description: 'Hours', quantity: 1.005, unitPriceMinor: 1000, taxRateBps: 2000 },
      { description: 'Half cent', quantity: 0.5, unitPriceMinor: 1, taxRateBps: 10_000 },
      { description: 'Tax free', quantity: 3, unitPriceMinor: 333, taxRateBps: 0 },
      { description: 'Odd tax', quantity: 1, unitPriceMinor: 333, taxRateBps: 825 },
    ]);
    expect(priced.lines.map((l) => [l.amountMinor, l.taxMinor])).toEqual([
      [1005, 201],
      [1, 1],
      [999, 0],
      [333, 27],
    ]);
    expect(priced.subtotalMinor).toBe(1005 + 1 + 999 + 333);
    expect(priced.taxMinor).toBe(201 + 1 + 0 + 27);
    expect(priced.totalMinor).toBe(priced.subtotalMinor + priced.taxMinor);
    expect(priced.lines[0]).toMatchObject({ description: 'Hours', quantity: 1.005, unitPriceMinor: 1000, taxRateBps: 2000 });
  });

  it('rounds each line, not the sum: three lines of a third of a cent', () => {
    const priced = priceInvoice(
      Array.from({ length: 3 }, () => ({ description: 'x', quantity: 0.333, unitPriceMinor: 1, taxRateBps: 0 })),
    );
    expect(priced.lines.map((l) => l.amountMinor)).toEqual([0, 0, 0]);
    expect(priced.subtotalMinor).toBe(0);
  });

  it('an empty invoice totals zero', () => {
    expect(priceInvoice([])).toEqual({ lines: [], subtotalMinor: 0, taxMinor: 0, totalMinor: 0 });
  });

  it('refuses totals beyond exact JSON numbers', () => {
    const line = { description: 'Huge', quantity: 1_000_000, unitPriceMinor: 1_000_000_000, taxRateBps: 10_000 };
    expect(() => priceInvoice(Array.from({ length: 10 }, () => line))).toThrow(MoneyOverflow);
    expect(toSafeMinor(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeMinor(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(MoneyOverflow);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyOverflow);
    expect(sumMinor([1, 2, 3])).toBe(6);
  });
});

describe('payroll arithmetic', () => {
  it('hourly gross is hours × rate, half up, hours with two decimals', () => {
    expect(hoursTimesRateMinor(40, 2500)).toBe(100_000n);
    expect(hoursTimesRateMinor(37.5, 1999)).toBe(74_963n); // 74962.5 → 74963
    expect(hoursTimesRateMinor(0.01, 50)).toBe(1n); // 0.5 → 1
    expect(hoursTimesRateMinor(0.01, 49)).toBe(0n);
    expect(hoursTimesRateMinor(0.1, 3)).toBe(0n); // 0.3
    expect(hoursTimesRateMinor(1.15, 100)).toBe(115n); // 1.15 × 100 is 114.99999999999999 in floating point
    expect(() => hoursTimesRateMinor(1.155, 100)).toThrow(RangeError);
  });

  it('computes gross, percentage and fixed deductions and net for an hourly employee', () => {
    const pay = computePay({
      payType: 'hourly',
      rateMinor: 1999,
      hours: 37.5,
      deductions: [
        { name: 'Pension', percentBps: 500 },
        { name: 'Health plan', amountMinor: 4500 },
      ],
    });
    expect(pay.grossMinor).toBe(74_963);
    expect(pay.deductions).toEqual([
      { name: 'Pension', percentBps: 500, amountMinor: 3748 }, // 3748.15
      { name: 'Health plan', amountMinor: 4500 },
    ]);
    expect(pay.deductionsMinor).toBe(8248);
    expect(pay.netMinor).toBe(74_963 - 8248);
  });

  it('a salaried employee gets the rate per period whatever the hours', () => {
    const pay = computePay({ payType: 'salaried', rateMinor: 250_000, hours: 0, deductions: [{ name: 'Union', percentBps: 150 }] });
    expect(pay).toEqual({
      grossMinor: 250_000,
      deductions: [{ name: 'Union', percentBps: 150, amountMinor: 3750 }],
      deductionsMinor: 3750,
      netMinor: 246_250,
    });
    expect(computePay({ payType: 'salaried', rateMinor: 250_000, hours: 80, deductions: [] }).grossMinor).toBe(250_000);
  });

  it('rounds a half-cent percentage deduction up', () => {
    // 2% of 125 = 2.5 → 3
    const pay = computePay({ payType: 'salaried', rateMinor: 125, hours: 0, deductions: [{ name: 'x', percentBps: 200 }] });
    expect(pay.deductions[0]?.amountMinor).toBe(3);
    expect(pay.netMinor).toBe(122);
  });

  it('net never goes below zero; deductions report what was configured', () => {
    const pay = computePay({
      payType: 'hourly',
      rateMinor: 1000,
      hours: 2,
      deductions: [
        { name: 'Advance repayment', amountMinor: 5000 },
        { name: 'All of it', percentBps: 10_000 },
      ],
    });
    expect(pay.grossMinor).toBe(2000);
    expect(pay.deductionsMinor).toBe(7000);
    expect(pay.netMinor).toBe(0);
  });

  it('zero hours pays zero for an hourly employee, and fixed deductions leave net at zero', () => {
    const pay = computePay({ payType: 'hourly', rateMinor: 1800, hours: 0, deductions: [{ name: 'Fee', amountMinor: 100 }] });
    expect(pay).toMatchObject({ grossMinor: 0, deductionsMinor: 100, netMinor: 0 });
  });
});

describe('formatting', () => {
  it('knows each currency’s minor digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('writes exact decimals in major units', () => {
    expect(toDecimalString(123456, 'USD')).toBe('1234.56');
    expect(toDecimalString(5, 'USD')).toBe('0.05');
    expect(toDecimalString(-5, 'USD')).toBe('-0.05');
    expect(toDecimalString(0, 'GBP')).toBe('0.00');
    expect(toDecimalString(1234, 'JPY')).toBe('1234');
    expect(toDecimalString(1234, 'KWD')).toBe('1.234');
    expect(toDecimalString(Number.MAX_SAFE_INTEGER, 'USD')).toBe('90071992547409.91');
  });

  it('formats money and percentages for people', () => {
    expect(formatMoney(123456789, 'USD')).toBe('USD 1,234,567.89');
    expect(formatMoney(100, 'USD')).toBe('USD 1.00');
    expect(formatMoney(-100000, 'GBP')).toBe('GBP -1,000.00');
    expect(formatMoney(1000, 'JPY')).toBe('JPY 1,000');
    expect(formatBps(2000)).toBe('20%');
    expect(formatBps(825)).toBe('8.25%');
    expect(formatBps(850)).toBe('8.5%');
    expect(formatBps(5)).toBe('0.05%');
    expect(formatBps(0)).toBe('0%');
    expect(formatBps(10_000)).toBe('100%');
  });
});
