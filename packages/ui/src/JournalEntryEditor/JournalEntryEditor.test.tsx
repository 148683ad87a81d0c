import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../i18n/locales/ar';
import { de } from '../i18n/locales/de';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { emptyJournalEntry, JournalEntryEditor } from './JournalEntryEditor';
import type { JournalEntryEditorProps, JournalEntryValue } from './JournalEntryEditor';

const filled: JournalEntryValue = {
  ...emptyJournalEntry,
  body: '## Plan\n\nWaited for the **retest**.',
  tags: ['breakout'],
  mistakes: ['moved stop'],
  setup: 'Opening range',
  rating: 4,
};

function Controlled(props: Partial<JournalEntryEditorProps>) {
  const [value, setValue] = useState(filled);
  return <JournalEntryEditor value={value} onValueChange={setValue} onSave={vi.fn()} {...props} />;
}

describe('JournalEntryEditor', () => {
  it('edits notes with a preview, chips, rating, and saves the value', { timeout: 30_000 }, async () => {
    const onSave = vi.fn();
    const ref = createRef<HTMLFormElement>();
    const { container } = renderWithProvider(
      <JournalEntryEditor ref={ref} className="partner" defaultValue={filled} onSave={onSave} />,
    );
    expect(ref.current).toHaveAttribute('data-component', 'JournalEntryEditor');
    expect(ref.current).toHaveClass('partner');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.type(notes, ' Good exit.');
    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(screen.getByRole('heading', { name: 'Plan' })).toBeInTheDocument();

    // Add a tag with Enter, remove a mistake.
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'London{Enter}');
    expect(within(screen.getByRole('list', { name: 'Tags' })).getByText('London')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove moved stop' }));
    expect(screen.queryByRole('list', { name: 'Mistakes' })).toBeNull();

    const rating = screen.getByRole('radiogroup', { name: 'Rating' });
    expect(within(rating).getByRole('radio', { name: '4 stars' })).toBeChecked();
    await userEvent.click(within(rating).getByRole('radio', { name: '5 stars' }));

    await userEvent.click(screen.getByRole('button', { name: 'Save journal' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        body: '## Plan\n\nWaited for the **retest**. Good exit.',
        tags: ['breakout', 'London'],
        mistakes: [],
        rating: 5,
      }),
    );
    await expectNoAxeViolations(container);
  });

  it('refuses to save an invalid stop and shows the error', async () => {
    const onSave = vi.fn();
    renderWithProvider(<JournalEntryEditor onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Initial stop/ }), 'abc');
    expect(screen.getByText(/Enter a number/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save journal' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it(
    "reads stop and risk in the locale's form and saves the API's plain decimal",
    { timeout: 30_000 },
    async () => {
      const onSave = vi.fn();
      const onValueChange = vi.fn();
      const { container } = renderWithProvider(
        <JournalEntryEditor onSave={onSave} onValueChange={onValueChange} />,
        { locale: 'de', resources: { de } },
      );
      const stop = screen.getByRole('textbox', { name: 'Initialer Stop (Kurs)' });
      await userEvent.type(stop, '1,5');
      expect(stop).toHaveValue('1,5');
      expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ initialStop: '1.5' }));
      // The API's form is read in every locale.
      await userEvent.type(screen.getByRole('textbox', { name: /Initiales Risiko/ }), '0.25');
      expect(screen.queryByText(/Geben Sie eine Zahl ein/)).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Journal speichern' }));
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({ initialStop: '1.5', initialRisk: '0.25' }),
      );
      await expectNoAxeViolations(container);
    },
  );

  it('reads Arabic-Indic digits and the Arabic decimal separator', async () => {
    const onSave = vi.fn();
    renderWithProvider(<JournalEntryEditor onSave={onSave} />, { locale: 'ar', resources: { ar } });
    const stop = screen.getByRole('textbox', { name: 'وقف الخسارة الأولي (السعر)' });
    await userEvent.type(stop, '١٫٥');
    expect(stop).toHaveValue('١٫٥');
    expect(screen.queryByText(/أدخل رقمًا/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'حفظ التدوينة' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ initialStop: '1.5' }));
  });

  it("shows the API's value in the locale's form and saves it unchanged", async () => {
    const onSave = vi.fn();
    renderWithProvider(
      <JournalEntryEditor defaultValue={{ ...filled, initialStop: '1.0821' }} onSave={onSave} />,
      { locale: 'de', resources: { de } },
    );
    expect(screen.getByRole('textbox', { name: 'Initialer Stop (Kurs)' })).toHaveValue('1,0821');
    await userEvent.click(screen.getByRole('button', { name: 'Journal speichern' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ initialStop: '1.0821' }));
  });

  it('still refuses a number with group separators in German', async () => {
    const onSave = vi.fn();
    renderWithProvider(<JournalEntryEditor onSave={onSave} />, { locale: 'de', resources: { de } });
    await userEvent.type(screen.getByRole('textbox', { name: /Initiales Risiko/ }), '1.234,5');
    expect(screen.getByText(/Geben Sie eine Zahl ein/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Journal speichern' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('announces saving, saved and error states', async () => {
    const { rerender, container } = renderWithProvider(<Controlled saveState="saving" />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    rerender(<Controlled saveState="saved" />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    rerender(<Controlled saveState="error" />);
    expect(screen.getByRole('status')).toHaveTextContent('Could not save');
    await expectNoAxeViolations(container);
  });
});
