export {
  AlertIcon,
  ArrowDownIcon,
  ArrowFlatIcon,
  ArrowUpIcon,
  CalendarIcon,
  CheckIcon,
  ChevronDownIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  CloseIcon,
  DotIcon,
  ExternalLinkIcon,
  FileIcon,
  InboxIcon,
  InfoIcon,
  MinusIcon,
  PlusIcon,
  UploadIcon,
} from './icons';
export type { IconProps } from './icons';
export { Spinner } from './Spinner';
