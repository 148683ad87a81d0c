import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { variantArgTypes } from '../internal/variants';
import { Toast, toastVariants } from './Toast';
import type { ToastTone } from './Toast';
import { ToastProvider, useToast } from './ToastProvider';

interface Args {
  title: string;
  description: string;
  tone: ToastTone;
  duration: number;
  withAction: boolean;
  onAction: () => void;
}

function Demo({ title, description, tone, duration, withAction, onAction }: Args) {
  const { toast } = useToast();
  return (
    <Button
      onClick={() =>
        toast({
          title,
          description,
          tone,
          duration,
          ...(withAction && {
            action: { label: 'Undo', altText: 'Undo from the trade menu', onClick: onAction },
          }),
        })
      }
    >
      Save trade
    </Button>
  );
}

const meta = {
  title: 'Components/Toast',
  args: {
    title: 'Trade saved',
    description: 'EURUSD long, +1.8R, added to your March journal.',
    tone: 'positive',
    duration: 5000,
    withAction: true,
    onAction: fn(),
  },
  argTypes: variantArgTypes(toastVariants),
  decorators: [(Story) => <ToastProvider>{Story()}</ToastProvider>],
  render: (args) => <Demo {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save trade' }));
    const region = within(document.body).getByRole('region', { name: /Notifications/ });
    await expect(await within(region).findByText('Trade saved')).toBeInTheDocument();
  },
};

export const Playground: Story = {};

/** Every tone, open: a neutral one has no icon; the others add an icon and a stripe. */
export const Tones: Story = {
  render: ({ description }) => (
    <>
      {toastVariants.tone.values.map((tone) => (
        <Toast
          key={tone}
          open
          duration={Infinity}
          tone={tone}
          title={`Tone: ${tone}`}
          description={description}
        />
      ))}
    </>
  ),
};

export const WithError: Story = {
  render: () => (
    <Toast
      open
      duration={Infinity}
      tone="negative"
      title="Import failed"
      description="Row 14: the exit time is before the entry time."
      action={{ label: 'Retry', altText: 'Retry from the imports page', onClick: () => {} }}
    />
  ),
};

export const LongText: Story = {
  render: () => (
    <Toast
      open
      duration={Infinity}
      tone="info"
      title="Your broker connection to Interactive Brokers needs to be renewed before Friday"
      description="Flex Web Service tokens expire every 90 days. Create a new token in Client Portal under Settings › Account settings › Reporting, then paste it in Journalkit."
    />
  ),
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  render: () => (
    <Toast
      open
      duration={Infinity}
      tone="positive"
      title="تم حفظ الصفقة"
      description="شراء EURUSD، ‎+1.8R"
      action={{ label: 'تراجع', altText: 'تراجع من قائمة الصفقة', onClick: () => {} }}
    />
  ),
};
