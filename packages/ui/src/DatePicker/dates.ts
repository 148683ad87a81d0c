/**
 * Calendar dates as ISO strings (`2025-03-14`): no time of day, no time zone, so a trade date is
 * the same day everywhere. Arithmetic runs on UTC `Date`s, where days are always 24 hours.
 */
export type IsoDate = string;

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && toIso(fromIso(value)) === value;
}

/** Midnight UTC of the date. */
export function fromIso(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function toIso(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function makeIso(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? toIso(d) : null;
}

/** The user's own today, from the device clock. */
export function todayIso(now = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const addDays = (iso: IsoDate, days: number): IsoDate =>
  toIso(new Date(fromIso(iso).getTime() + days * DAY));

/** Same day of the month, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const d = fromIso(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toIso(target);
}

export const startOfMonth = (iso: IsoDate): IsoDate => `${iso.slice(0, 8)}01`;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (iso: IsoDate): number => ((fromIso(iso).getUTCDay() + 6) % 7) + 1;

/** Move within the week shown as a row: to its first (`-1`) or last (`1`) day. */
export function edgeOfWeek(iso: IsoDate, firstDay: number, edge: -1 | 1): IsoDate {
  const offset = (isoWeekday(iso) - firstDay + 7) % 7;
  return addDays(iso, edge === -1 ? -offset : 6 - offset);
}

export const clampIso = (iso: IsoDate, min?: IsoDate | null, max?: IsoDate | null): IsoDate =>
  min && iso < min ? min : max && iso > max ? max : iso;

/** Weeks of a month as rows of 7 cells, `null` outside the month, starting on `firstDay`. */
export function monthWeeks(monthIso: IsoDate, firstDay: number): (IsoDate | null)[][] {
  const first = startOfMonth(monthIso);
  const lead = (isoWeekday(first) - firstDay + 7) % 7;
  const days = new Date(Date.UTC(+first.slice(0, 4), +first.slice(5, 7), 0)).getUTCDate();
  const cells: (IsoDate | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => addDays(first, i)),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

// Sunday-first and Saturday-first regions (CLDR), for engines without Intl.Locale week info.
const SUNDAY = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The locale's first day of the week (1 = Monday … 7 = Sunday). */
export function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as WeekInfoLocale;
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info?.firstDay) return info.firstDay;
    const region = l.maximize().region ?? '';
    return SUNDAY.has(region) ? 7 : SATURDAY.has(region) ? 6 : 1;
  } catch {
    return 1;
  }
}
