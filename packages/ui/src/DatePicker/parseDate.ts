import { makeIso } from './dates';
import type { IsoDate } from './dates';

type Part = 'year' | 'month' | 'day';

/** The order of day, month and year in the locale's numeric dates (`de`: day month year). */
export function dateOrder(locale: string): Part[] {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(Date.UTC(2033, 10, 22)))
    .map((p) => p.type)
    .filter((t): t is Part => t === 'year' || t === 'month' || t === 'day');
  return parts.length === 3 ? parts : ['year', 'month', 'day'];
}

// Zero of each decimal digit set people type dates in (Arabic-Indic, Persian, Indic scripts, Thai,
// Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width).
const ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
  0x1040, 0x17e0, 0x1810, 0xff10,
];

/** Other scripts' digits to ASCII, and bidi marks removed. */
const asciiDigits = (s: string) =>
  s.replace(/[\u200e\u200f\u061c]/g, '').replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? d : String(code - zero);
  });

/**
 * Read a date typed in the locale's numeric order (`14.3.2025`, `3/14/2025`, `١٤/٣/٢٠٢٥`) or as ISO
 * (`2025-03-14`). Two-digit years are 20xx. `null` when it is not a real date.
 */
export function parseDate(text: string, locale: string): IsoDate | null {
  const clean = asciiDigits(text).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean);
  if (iso) return makeIso(+iso[1]!, +iso[2]!, +iso[3]!);
  const nums = clean.match(/\d+/g);
  if (!nums || nums.length !== 3) return null;
  const order = dateOrder(locale);
  const v: Record<Part, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (v[part] = Number(nums[i])));
  const yearText = nums[order.indexOf('year')]!;
  if (yearText.length <= 2) v.year += 2000;
  else if (yearText.length !== 4) return null;
  return makeIso(v.year, v.month, v.day);
}
