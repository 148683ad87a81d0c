import type { Formatters } from '../intl/formatters';

export type FileRejectionReason = 'type' | 'size' | 'count';

export interface FileRejection {
  file: File;
  reason: FileRejectionReason;
}

/** `accept` entries: extensions (`.csv`), exact MIME types (`text/csv`) or families (`image/*`). */
export function isAccepted(file: File, accept: readonly string[] | undefined): boolean {
  if (!accept?.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((raw) => {
    const a = raw.trim().toLowerCase();
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Split dropped or chosen files into the new selection and rejections. A single-file drop replaces
 * the selection; with `multiple`, files add up (duplicates ignored) to `maxFiles`.
 */
export function validateFiles(
  incoming: readonly File[],
  current: readonly File[],
  {
    accept,
    maxSize,
    multiple,
    maxFiles,
  }: {
    accept?: readonly string[] | undefined;
    maxSize?: number | undefined;
    multiple?: boolean | undefined;
    maxFiles?: number | undefined;
  },
): { files: File[]; rejected: FileRejection[] } {
  const rejected: FileRejection[] = [];
  const ok: File[] = [];
  for (const file of incoming) {
    if (!isAccepted(file, accept)) rejected.push({ file, reason: 'type' });
    else if (maxSize !== undefined && file.size > maxSize) rejected.push({ file, reason: 'size' });
    else ok.push(file);
  }
  if (!multiple) {
    for (const file of ok.slice(1)) rejected.push({ file, reason: 'count' });
    return { files: ok.length ? [ok[0]!] : [...current], rejected };
  }
  const files = [...current];
  for (const file of ok) {
    if (files.some((f) => sameFile(f, file))) continue;
    if (maxFiles !== undefined && files.length >= maxFiles) rejected.push({ file, reason: 'count' });
    else files.push(file);
  }
  return { files, rejected };
}

export interface FormatBytesOptions {
  /**
   * How to round to the one decimal shown: `ceil` for a file's size and `floor` for a limit, so a
   * file just over a limit never reads as the same number. Default: to the nearest.
   */
  roundingMode?: 'ceil' | 'floor' | 'halfExpand';
}

/**
 * `12.4 MB`, `800 kB` in the locale, units translated by Intl (`١٢٫٤ ميغابايت`). Binary multiples
 * (1 MB = 1024 × 1024 bytes), as upload limits are set (the API's 100 MB is 104,857,600 bytes)
 * and as Windows shows file sizes, so a limit reads as the round number it was set as.
 */
export function formatBytes(bytes: number, f: Formatters, { roundingMode }: FormatBytesOptions = {}): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return f.number(v, {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: i === 0 ? 0 : 1,
    ...(roundingMode && { roundingMode }),
  });
}

/**
 * A file's size and the limit it went over, worded so the first always reads larger: the size
 * rounded up, the limit down (`100.1 MB` over `100 MB`, never `100 MB` over `100 MB`).
 */
export function formatOverLimit(fileBytes: number, maxBytes: number, f: Formatters) {
  return {
    fileSize: formatBytes(fileBytes, f, { roundingMode: 'ceil' }),
    maxSize: formatBytes(maxBytes, f, { roundingMode: 'floor' }),
  };
}
