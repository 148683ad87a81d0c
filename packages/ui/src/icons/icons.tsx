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
export const ChevronDownIcon = icon('ChevronDown', <path d="m6 9 6 6 6-6" />);
/** Points back (left in LTR, right in RTL). */
export const ChevronLeftIcon = icon('ChevronLeft', <path d="m15 18-6-6 6-6" />, { mirrorInRtl: true });
/** Points forward (right in LTR, left in RTL). */
export const ChevronRightIcon = icon('ChevronRight', <path d="m9 18 6-6-6-6" />, { mirrorInRtl: true });
export const CalendarIcon = icon(
  'Calendar',
  <path d="M8 2v4m8-4v4M3 10h18M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z" />,
);
export const UploadIcon = icon(
  'Upload',
  <path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4m14-7-5-5-5 5m5-5v12" />,
);
export const FileIcon = icon(
  'File',
  <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6Zm0 0v6h6M8 13h8m-8 4h5" />,
);
export const DotIcon = icon('Dot', <circle cx="12" cy="12" r="4" fill="currentColor" stroke="none" />);
export const InfoIcon = icon('Info', <path d="M12 16v-4m0-4h.01M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z" />);
