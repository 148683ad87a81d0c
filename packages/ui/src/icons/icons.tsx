import { forwardRef } from 'react';
import type { ReactNode, SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement> & { size?: number | string };

/** Decorative 24×24 stroke icons; they inherit colour and are hidden from assistive technology. */
function icon(name: string, paths: ReactNode, { mirrorInRtl = false } = {}) {
  const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon({ size = '1em', ...props }, ref) {
    return (
      <svg
        ref={ref}
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
        focusable="false"
        data-icon={name}
        data-mirror-rtl={mirrorInRtl || undefined}
        {...props}
      >
        {paths}
      </svg>
    );
  });
  Icon.displayName = `${name}Icon`;
  return Icon;
}

export const CheckIcon = icon('Check', <path d="M20 6 9 17l-5-5" />);
export const MinusIcon = icon('Minus', <path d="M5 12h14" />);
export const CloseIcon = icon('Close', <path d="M18 6 6 18M6 6l12 12" />);
export const ArrowUpIcon = icon('ArrowUp', <path d="M12 19V5m-6 6 6-6 6 6" />);
export const ArrowDownIcon = icon('ArrowDown', <path d="M12 5v14m6-6-6 6-6-6" />);
export const ArrowFlatIcon = icon('ArrowFlat', <path d="M5 12h14m-5-5 5 5-5 5" />, { mirrorInRtl: true });
export const ExternalLinkIcon = icon(
  'ExternalLink',
  <path d="M15 3h6v6m0-6L10 14M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6" />,
  { mirrorInRtl: true },
);
export const InboxIcon = icon(
  'Inbox',
  <path d="M22 12h-6l-2 3h-4l-2-3H2m20 0v6a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2v-6m20 0-3.5-7h-13L2 12" />,
);
export const AlertIcon = icon(
  'Alert',
  <path d="M12 8v5m0 3.5v.01M10.3 3.9 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />,
);
export const PlusIcon = icon('Plus', <path d="M12 5v14M5 12h14" />);
