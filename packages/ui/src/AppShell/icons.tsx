import type { IconProps } from '../icons/icons';

function Svg({ children, ...props }: IconProps) {
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

/** Three lines: "open the navigation". Decorative. */
export function MenuIcon(props: IconProps) {
  return (
    <Svg data-icon="Menu" {...props}>
      <path d="M4 6h16M4 12h16M4 18h16" />
    </Svg>
  );
}

export function ChevronDownIcon(props: IconProps) {
  return (
    <Svg data-icon="ChevronDown" {...props}>
      <path d="m6 9 6 6 6-6" />
    </Svg>
  );
}
