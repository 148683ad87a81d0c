import { forwardRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { fileDrop as fileDropStrings } from '../i18n/locales/fileDrop/en';
import { useT } from '../i18n/useT';
import { AlertIcon, CloseIcon, FileIcon, UploadIcon } from '../icons/icons';
import { Spinner } from '../icons/Spinner';
import { Square } from '../IconButton/IconButton.styles';
import { useFormatters } from '../intl/useFormatters';
import { FieldDescription, FieldError, FieldRoot } from '../internal/Field.styles';
import { joinIds, useJkId } from '../internal/ids';
import { Num } from '../internal/Num';
import { useControllableState } from '../internal/useControllableState';
import { Errors, Files, Zone } from './FileDrop.styles';
import { formatBytes, formatOverLimit, validateFiles } from './validate';
import type { FileRejection } from './validate';

export interface FileDropProps {
  /** Heading in the zone. Default "Drag a file here" / "Drag files here" (translated). */
  label?: ReactNode;
  description?: ReactNode;
  /** An error from the caller (e.g. the server rejected the file); shown with the zone's own. */
  error?: ReactNode;
  /** Extensions (`.csv`) and MIME types (`text/csv`, `image/*`); matched by either. */
  accept?: readonly string[];
  /** Largest file in bytes. */
  maxSize?: number;
  multiple?: boolean;
  /** With `multiple`: at most this many files in the selection. */
  maxFiles?: number;
  value?: File[];
  defaultValue?: File[];
  /** The selection after each accepted drop, pick or removal. */
  onValueChange?: (files: File[]) => void;
  /** Files turned away (wrong type, too large, too many); their messages are shown already. */
  onReject?: (rejections: FileRejection[]) => void;
  /**
   * Words of your own for a refusal (e.g. "the largest you can import is 100 MB"); return
   * `undefined` to keep the default. `sizes` has the file's size and the limit, formatted.
   */
  rejectionMessage?: (
    rejection: FileRejection,
    sizes: { fileSize: string; maxSize: string },
  ) => ReactNode | undefined;
  disabled?: boolean;
  /** The caller is reading or uploading the files: spinner, and no new input. */
  loading?: boolean;
  id?: string;
  className?: string;
}

/**
 * Choose files by dragging them onto the zone, clicking it, or from the keyboard (the zone holds a
 * real file input: Tab to it, Enter or Space opens the picker). Checks type, size and count and
 * says why a file was refused, in the locale. Lists the selection with a remove button per file.
 * `ref` reaches the file input; `className` the root.
 */
export const FileDrop = forwardRef<HTMLInputElement, FileDropProps>(function FileDrop(
  {
    label,
    description,
    error,
    accept,
    maxSize,
    multiple,
    maxFiles,
    value,
    defaultValue,
    onValueChange,
    onReject,
    rejectionMessage,
    disabled,
    loading,
    id,
    className,
  },
  ref,
) {
  const t = useT(fileDropStrings);
  const f = useFormatters();
  const inputId = useJkId(id);
  const part = (p: string) => `${inputId}-${p}`;
  const [files, setFiles] = useControllableState({
    value,
    defaultValue: defaultValue ?? [],
    onChange: onValueChange,
  });
  const [rejected, setRejected] = useState<FileRejection[]>([]);
  const [over, setOver] = useState(false);
  const inert = disabled || loading;
  const count = multiple ? 2 : 1;
  const types = accept?.join(', ') ?? '';
  const size = maxSize !== undefined ? formatBytes(maxSize, f, { roundingMode: 'floor' }) : '';

  const take = (incoming: File[]) => {
    if (inert || !incoming.length) return;
    const result = validateFiles(incoming, files, { accept, maxSize, multiple, maxFiles });
    setRejected(result.rejected);
    if (result.rejected.length) onReject?.(result.rejected);
    const changed = result.files.length !== files.length || result.files.some((f, i) => f !== files[i]);
    if (changed) setFiles(result.files);
  };
  const message = (r: FileRejection): ReactNode => {
    const sizes =
      maxSize !== undefined
        ? formatOverLimit(r.file.size, maxSize, f)
        : { fileSize: formatBytes(r.file.size, f), maxSize: '' };
    const own = rejectionMessage?.(r, sizes);
    if (own !== undefined) return own;
    return r.reason === 'type'
      ? t('fileDrop.rejectedType', { name: r.file.name, types })
      : r.reason === 'size'
        ? // `size` (the limit) kept for translations written before fileSize/maxSize
          t('fileDrop.rejectedSize', { name: r.file.name, size: sizes.maxSize, ...sizes })
        : t('fileDrop.rejectedCount', { count: multiple ? (maxFiles ?? 1) : 1 });
  };

  const onDrag = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    if (inert) return;
    if (e.type === 'dragleave') {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    } else setOver(true);
  };

  const invalid = Boolean(error) || rejected.length > 0;
  const hint = [
    accept?.length ? t('fileDrop.accepts', { types }) : '',
    size ? t('fileDrop.maxSize', { size }) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <FieldRoot
      className={className}
      data-component="FileDrop"
      data-state={over ? 'over' : 'idle'}
      data-disabled={inert || undefined}
      data-invalid={invalid || undefined}
      aria-busy={loading || undefined}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(Array.from(e.dataTransfer.files));
      }}
    >
      <Zone htmlFor={inputId} data-part="zone">
        <span data-part="icon" aria-hidden>
          {loading ? <Spinner /> : <UploadIcon />}
        </span>
        <span id={part('title')} data-part="title">
          {over ? t('fileDrop.dropNow') : (label ?? t('fileDrop.label', { count }))}
        </span>
        <span id={part('browse')} data-part="browse">
          {t('fileDrop.browse', { count })}
        </span>
        {hint && (
          <span id={part('hint')} data-part="hint">
            {hint}
          </span>
        )}
        <input
          ref={ref}
          id={inputId}
          type="file"
          accept={accept?.join(',')}
          multiple={multiple}
          disabled={inert}
          aria-labelledby={joinIds(part('title'), part('browse'))}
          aria-describedby={joinIds(
            hint && part('hint'),
            description ? part('description') : undefined,
            error ? part('error') : undefined,
            rejected.length > 0 && part('rejected'),
          )}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            take(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
          data-part="input"
        />
      </Zone>
      {description && (
        <FieldDescription id={part('description')} data-part="description">
          {description}
        </FieldDescription>
      )}
      <Errors id={part('rejected')} aria-live="polite" data-part="rejections">
        {rejected.map((r, i) => (
          <li key={`${r.file.name}-${i}`}>
            <AlertIcon />
            <span data-part="message">{message(r)}</span>
          </li>
        ))}
      </Errors>
      {error && (
        <FieldError id={part('error')} data-part="error">
          <AlertIcon />
          <span data-part="message">{error}</span>
        </FieldError>
      )}
      {files.length > 0 && (
        <Files aria-label={t('fileDrop.selected')} data-part="files">
          {files.map((file, i) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>
              <span data-part="file-icon" aria-hidden>
                <FileIcon />
              </span>
              <span data-part="file-name">{file.name}</span>
              <span data-part="file-size">
                <Num>{formatBytes(file.size, f)}</Num>
              </span>
              <Square
                aria-label={t('fileDrop.remove', { name: file.name })}
                variant="ghost"
                tone="neutral"
                size="sm"
                disabled={inert}
                onClick={() => {
                  setRejected([]);
                  setFiles(files.filter((_, j) => j !== i));
                }}
                data-component="IconButton"
              >
                <CloseIcon />
              </Square>
            </li>
          ))}
        </Files>
      )}
    </FieldRoot>
  );
});
