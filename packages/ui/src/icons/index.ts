export {
  AlertIcon,
  ArrowDownIcon,
  ArrowFlatIcon,
  ArrowUpIcon,
  CheckIcon,
  CloseIcon,
  ExternalLinkIcon,
  InboxIcon,
  MinusIcon,
  PlusIcon,
} from './icons';
export type { IconProps } from './icons';
export { Spinner } from './Spinner';
