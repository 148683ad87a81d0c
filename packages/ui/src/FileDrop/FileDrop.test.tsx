import { createEvent, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../intl/formatters';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { FileDrop } from './FileDrop';
import { formatBytes, formatOverLimit, isAccepted, validateFiles } from './validate';

const csv = (name = 'trades.csv', bytes = 1200, type = 'text/csv') =>
  new File(['x'.repeat(bytes)], name, { type, lastModified: 1 });

function drop(target: Element, files: File[]) {
  const dataTransfer = { files, types: ['Files'] };
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  const event = createEvent.drop(target, { dataTransfer });
  fireEvent(target, event);
}

describe('validateFiles', () => {
  it('matches extensions or MIME types, checks size and count', () => {
    expect(isAccepted(csv('a.CSV', 1, 'application/vnd.ms-excel'), ['.csv', 'text/csv'])).toBe(true);
    expect(isAccepted(csv('a.png', 1, 'image/png'), ['image/*'])).toBe(true);
    expect(isAccepted(csv('a.txt', 1, 'text/plain'), ['.csv'])).toBe(false);
    const a = csv('a.csv');
    const r = validateFiles([csv('big.csv', 5000), a, csv('b.csv')], [], { accept: ['.csv'], maxSize: 2000 });
    expect(r.files).toEqual([a]);
    expect(r.rejected.map((x) => [x.file.name, x.reason])).toEqual([
      ['big.csv', 'size'],
      ['b.csv', 'count'],
    ]);
    const m = validateFiles([a, csv('c.csv'), csv('d.csv')], [a], { multiple: true, maxFiles: 2 });
    expect(m.files.map((x) => x.name)).toEqual(['a.csv', 'c.csv']);
    expect(m.rejected.map((x) => x.reason)).toEqual(['count']);
    expect(formatBytes(20 * 1024 * 1024, createFormatters('en'))).toBe('20 MB');
    // A size just over a limit never reads as the limit: the size rounds up, the limit down.
    expect(formatOverLimit(100 * 1024 * 1024 + 1, 100 * 1024 * 1024, createFormatters('en'))).toEqual({
      fileSize: '100.1 MB',
      maxSize: '100 MB',
    });
    expect(formatBytes(1536, createFormatters('de'))).toBe('1,5 kB');
  });
});

describe('FileDrop', () => {
  it('is a labelled file input described by its limits; choosing a file lists it', async () => {
    const ref = createRef<HTMLInputElement>();
    const onValueChange = vi.fn();
    const { container } = renderWithProvider(
      <FileDrop
        ref={ref}
        className="x"
        accept={['.csv', 'text/csv']}
        maxSize={10 * 1024 * 1024}
        onValueChange={onValueChange}
      />,
    );
    const input = screen.getByLabelText('Drag a file here or choose a file');
    expect(input).toBe(ref.current);
    expect(input).toHaveAccessibleDescription('Accepted: .csv, text/csv · Up to 10 MB per file');
    expect(container.querySelector('[data-component="FileDrop"]')).toHaveClass('x');
    await userEvent.tab();
    expect(input).toHaveFocus();
    const file = csv();
    await userEvent.upload(input, file);
    expect(onValueChange).toHaveBeenCalledWith([file]);
    const list = screen.getByRole('list', { name: 'Selected files' });
    expect(list).toHaveTextContent('trades.csv');
    expect(list).toHaveTextContent('1.2 kB');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Remove trades.csv' }));
    expect(onValueChange).toHaveBeenLastCalledWith([]);
  });

  it('accepts drops, refuses wrong types and sizes with translated, announced messages', async () => {
    const onReject = vi.fn();
    const onValueChange = vi.fn();
    const { container } = renderWithProvider(
      <FileDrop accept={['.csv']} maxSize={2048} onReject={onReject} onValueChange={onValueChange} />,
      {
        locale: 'de',
        resources: { de: { fileDrop: { rejectedSize: '{{name}} ist größer als {{size}}.' } } },
      },
    );
    const root = container.querySelector('[data-component="FileDrop"]')!;
    fireEvent.dragEnter(root, { dataTransfer: { files: [], types: ['Files'] } });
    expect(root).toHaveAttribute('data-state', 'over');
    expect(screen.getByText('Drop to add')).toBeInTheDocument();
    drop(root, [csv('report.pdf', 10, 'application/pdf')]);
    expect(root).toHaveAttribute('data-state', 'idle');
    const input = screen.getByLabelText(/Drag a file here/);
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/report.pdf is not an accepted file type \(.csv\)/);
    drop(root, [csv('huge.csv', 3000)]);
    expect(screen.getByText('huge.csv ist größer als 2 kB.')).toBeInTheDocument();
    expect(screen.getByText('huge.csv ist größer als 2 kB.').closest('[aria-live]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(onReject).toHaveBeenCalledTimes(2);
    expect(onValueChange).not.toHaveBeenCalled();
    drop(root, [csv('ok.csv', 100)]);
    expect(screen.getByRole('list', { name: 'Selected files' })).toHaveTextContent('ok.csv');
    expect(input).not.toBeInvalid();
  });

  it('ignores input while disabled or loading', () => {
    const onValueChange = vi.fn();
    const { container } = renderWithProvider(<FileDrop loading onValueChange={onValueChange} />);
    drop(container.querySelector('[data-component="FileDrop"]')!, [csv()]);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Drag a file here/)).toBeDisabled();
  });
});
