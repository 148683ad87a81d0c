import { formatBytes, formatOverLimit } from '../FileDrop/validate';
import type { Translate } from '../i18n/useT';
import type { Formatters } from '../intl/formatters';
import { importFileKinds, importFormats } from './types';
import type { ImportFileKind, ImportFormat, ImportRefusal } from './types';

/** A format id the wizard offers (`mt5`), or null for one it does not know. */
export const knownFormat = (id: string): ImportFormat | null =>
  (importFormats as readonly string[]).includes(id) ? (id as ImportFormat) : null;

const fileKind = (kind: string): ImportFileKind =>
  (importFileKinds as readonly string[]).includes(kind) ? (kind as ImportFileKind) : 'binary';

/**
 * Why the whole file was refused, in words a trader acts on: its size against the limit, what
 * the file really is, or which export it looks like. `chosen` is the format's label the user
 * picked; `maxFileSize` the limit the wizard knows when the API did not say one.
 */
export function refusalText(
  refusal: ImportRefusal,
  {
    t,
    f,
    file,
    chosen,
    maxFileSize,
  }: { t: Translate; f: Formatters; file: File; chosen: string; maxFileSize?: number },
): string {
  switch (refusal.reason) {
    case 'too-large': {
      const max = refusal.maxBytes ?? maxFileSize;
      return max !== undefined
        ? t('importWizard.fileTooLarge', formatOverLimit(file.size, max, f))
        : t('importWizard.fileTooLargeNoLimit', { fileSize: formatBytes(file.size, f) });
    }
    case 'unsupported-file':
      return t(`importWizard.fileKinds.${fileKind(refusal.fileKind)}`);
    case 'format-mismatch': {
      const known = knownFormat(refusal.detectedFormat);
      return known
        ? t('importWizard.formatMismatch', { format: t(`importWizard.formats.${known}`) })
        : t('importWizard.formatMismatchOther', { format: refusal.detectedFormat, chosen });
    }
  }
}
