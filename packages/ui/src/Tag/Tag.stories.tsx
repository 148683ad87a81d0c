import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Tag, tagVariants } from './Tag';

const meta = {
  title: 'Components/Tag',
  component: Tag,
  args: { children: 'breakout' },
  argTypes: variantArgTypes(tagVariants),
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { tone: 'neutral' } };

function Removable() {
  const [tags, setTags] = useState(['breakout', 'EURUSD', 'London session', 'A+ setup']);
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {tags.map((tag) => (
        <Tag key={tag} onRemove={() => setTags((all) => all.filter((t) => t !== tag))}>
          {tag}
        </Tag>
      ))}
    </div>
  );
}

export const RemovableTags: Story = {
  render: () => <Removable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove EURUSD' }));
    await expect(canvas.queryByText('EURUSD')).toBeNull();
  },
};

export const Tones: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {tagVariants.tone.values.map((tone) => (
        <Tag key={tone} {...args} tone={tone}>
          {tone}
        </Tag>
      ))}
    </div>
  ),
};

export const Empty: Story = {
  render: () => <p style={{ margin: 0 }}>No tags yet.</p>,
};

export const LongText: Story = {
  args: { children: 'mean reversion after an overextended move into the prior day high', onRemove: () => {} },
  decorators: [(Story) => <div style={{ maxInlineSize: '14rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { children: 'اختراق', onRemove: () => {} },
};
