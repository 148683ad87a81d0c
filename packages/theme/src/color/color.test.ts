import { describe, expect, it } from 'vitest';
import { contrastRatio, fitLightness, pickReadable } from './contrast';
import { deltaEOk, hexToOklch, oklchToHex } from './oklch';

describe('OKLCH', () => {
  it('converts known colours', () => {
    expect(hexToOklch('#ffffff').l).toBeCloseTo(1, 4);
    expect(hexToOklch('#000000').l).toBeCloseTo(0, 4);
    const red = hexToOklch('#ff0000');
    expect(red.l).toBeCloseTo(0.628, 3);
    expect(red.c).toBeCloseTo(0.2577, 3);
    expect(red.h).toBeCloseTo(29.23, 1);
  });

  it('round-trips every 8-bit grey and a spread of colours', () => {
    for (let v = 0; v < 256; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(oklchToHex(hexToOklch(hex))).toBe(hex);
    }
    for (const hex of ['#4f46e5', '#f0b90b', '#0f8b7d', '#e11d48', '#00ff00', '#123456']) {
      expect(oklchToHex(hexToOklch(hex))).toBe(hex);
    }
  });

  it('maps out-of-gamut colours into sRGB keeping lightness and hue', () => {
    const hex = oklchToHex({ l: 0.7, c: 0.4, h: 150 });
    const back = hexToOklch(hex);
    expect(back.l).toBeCloseTo(0.7, 2);
    expect(Math.abs(back.h - 150)).toBeLessThan(2);
  });

  it('measures perceptual distance', () => {
    expect(deltaEOk('#000000', '#ffffff')).toBeCloseTo(1, 3);
    expect(deltaEOk('#4f46e5', '#4f46e5')).toBe(0);
  });
});

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('fits lightness keeping the hue', () => {
    const fit = fitLightness('#ffd400', ['#ffffff'], 4.5);
    expect(fit).toMatchObject({ met: true, changed: true });
    expect(fit.ratio).toBeGreaterThanOrEqual(4.5);
    expect(fit.ratio).toBeLessThan(4.7);
    expect(Math.abs(hexToOklch(fit.hex).h - hexToOklch('#ffd400').h)).toBeLessThan(3);
  });

  it('leaves passing colours alone and reports impossible requests', () => {
    expect(fitLightness('#000000', ['#ffffff'], 4.5)).toMatchObject({ hex: '#000000', changed: false });
    const impossible = fitLightness('#ff0000', ['#767676'], 7);
    expect(impossible.met).toBe(false);
  });

  it('prefers the first readable candidate', () => {
    expect(pickReadable(['#ffffff', '#000000'], ['#4f46e5'], 4.5)).toBe('#ffffff');
    expect(pickReadable(['#ffffff', '#000000'], ['#ffd400'], 4.5)).toBe('#000000');
  });
});
