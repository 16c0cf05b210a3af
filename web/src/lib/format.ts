/**
 * Money, dates and durations as people read them. Amounts arrive in integer minor units with an ISO
 * currency and instants in UTC; they are shown in the client's currency and time zone, in the
 * browser's language, through Intl.
 */
const locale = undefined;

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format;
}

/** How many minor units make a major one: 2 for USD, 0 for JPY. */
export function minorDigits(currency: string): number {
  return moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(minor: number, currency: string): string {
  return moneyFormat(currency).format(minor / 10 ** minorDigits(currency));
}

/** An amount typed by a person ("1,234.5") in minor units, or undefined when it is not one. */
export function parseMoney(text: string, currency: string): number | undefined {
  const cleaned = text.replace(/[\s,]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = cleaned.replace('-', '').split('.');
  if (fraction.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return cleaned.startsWith('-') ? -minor : minor;
}

/** Minor units as the plain number a money input holds ("19.99"). */
export function moneyInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** An instant in a time zone: "Nov 23, 2026, 9:30 AM EST". */
export function dateTime(iso: string, timeZone: string | undefined): string {
  // Intl refuses dateStyle/timeStyle together with timeZoneName, hence the fields one by one.
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** The time of day of an instant in a time zone: "9:30 AM". */
export function timeOfDay(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, already in the right zone) as "Nov 23, 2026": never shifted by a zone. */
export function calendarDate(date: string, style: 'medium' | 'weekday' = 'medium'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T00:00:00Z`));
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function dateInZone(instant: Date | string, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The wall-clock time of an instant in a time zone, as HH:MM. */
export function wallTimeInZone(instant: Date | string, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** A wall-clock date and time in a time zone (as a person types it) as a UTC instant, ISO-8601. */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the offset at the first guess can differ from the offset at the answer across a DST change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** Seconds as hours and minutes: "2 h 05 min", "45 min". */
export function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** Seconds as decimal hours: "46.8 h". */
export function hours(seconds: number, digits = 1): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(seconds / 3600)} h`;
}

/** A running timer's elapsed time: "1:02:03". */
export function clock(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function percent(ratio: number | null | undefined, digits = 0): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** Basis points as a percentage: 825 → "8.25%". */
export function bps(value: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 10_000);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A status token as words: "pending_approval" → "Pending approval". */
export function statusLabel(status: string): string {
  const words = status.replace(/[_-]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Today's date in a time zone, and date arithmetic on calendar dates. */
export function today(timeZone?: string): string {
  return dateInZone(new Date(), timeZone);
}

export function addDays(date: string, days: number): string {
  const base = new Date(`${date}T00:00:00Z`);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

/** The Monday of the week a date is in (weeks start on Monday, as the timesheet's do). */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}
