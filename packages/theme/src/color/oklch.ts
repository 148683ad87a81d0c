/**
 * Colour math: hex ⇄ sRGB ⇄ OKLab ⇄ OKLCH (Björn Ottosson's OKLab), sRGB gamut mapping by chroma
 * reduction. Pure functions, no DOM, safe in Node and browsers.
 */

export interface Oklch {
  /** Perceived lightness, 0 (black) … 1 (white). */
  l: number;
  /** Chroma, 0 (grey) … ~0.37 (the most saturated sRGB colours). */
  c: number;
  /** Hue angle in degrees, 0 … 360. */
  h: number;
}

type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** `#abc` or `#aabbcc` → sRGB channels in 0…1. Throws on anything else. */
export function hexToRgb(hex: string): Rgb {
  if (!HEX.test(hex)) throw new TypeError(`Not a hex colour: ${JSON.stringify(hex)}`);
  const full =
    hex.length === 4
      ? hex
          .slice(1)
          .split('')
          .map((ch) => ch + ch)
          .join('')
      : hex.slice(1);
  const n = Number.parseInt(full, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** sRGB channels (clamped to 0…1) → lowercase `#rrggbb`. */
export function rgbToHex([r, g, b]: Rgb): string {
  const to = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${to(r)}${to(g)}${to(b)}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function srgbToLinear(rgb: Rgb): Rgb {
  return [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
}

export function linearToSrgb(rgb: Rgb): Rgb {
  return [toGamma(rgb[0]), toGamma(rgb[1]), toGamma(rgb[2])];
}

function linearToOklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function oklabToLinear([L, a, b]: Rgb): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

export function hexToOklab(hex: string): Rgb {
  return linearToOklab(srgbToLinear(hexToRgb(hex)));
}

export function hexToOklch(hex: string): Oklch {
  const [l, a, b] = hexToOklab(hex);
  const c = Math.hypot(a, b);
  const h = c < 1e-4 ? 0 : ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  return { l, c, h };
}

function oklchToLinear({ l, c, h }: Oklch): Rgb {
  const rad = (h * Math.PI) / 180;
  return oklabToLinear([l, c * Math.cos(rad), c * Math.sin(rad)]);
}

const EPS = 1e-6;
function inGamut(rgb: Rgb): boolean {
  return rgb.every((v) => v >= -EPS && v <= 1 + EPS);
}

/**
 * OKLCH → `#rrggbb`. Out-of-gamut colours keep lightness and hue and lose chroma until they fit
 * sRGB (the CSS Color 4 approach, without its ΔE shortcut), so a brand's hue survives.
 */
export function oklchToHex(color: Oklch): string {
  const l = Math.min(1, Math.max(0, color.l));
  const target = { l, c: Math.max(0, color.c), h: color.h };
  let rgb = oklchToLinear(target);
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = target.c;
    for (let i = 0; i < 18; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear({ l, c: mid, h: color.h }))) lo = mid;
      else hi = mid;
    }
    rgb = oklchToLinear({ l, c: lo, h: color.h });
  }
  return rgbToHex(linearToSrgb(rgb));
}

/** Distance between two colours in OKLab (≈ perceptual difference; 0.02 is barely visible). */
export function deltaEOk(a: string, b: string): number {
  const [l1, a1, b1] = hexToOklab(a);
  const [l2, a2, b2] = hexToOklab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
