// Public surface of @journalkit/ui. Each component is also its own entry (`@journalkit/ui/Button`).

export type { JournalkitStyledTheme } from './styled';

// Provider, context, i18n, Intl
export { JournalkitThemeProvider, JournalkitPortal, useJournalkit } from './provider';
export type {
  Direction,
  JournalkitContextValue,
  JournalkitPortalProps,
  JournalkitThemeProviderProps,
} from './provider';
export { createJournalkitI18n, addJournalkitStrings, NAMESPACE as I18N_NAMESPACE } from './i18n/createI18n';
export type { CreateI18nOptions } from './i18n/createI18n';
export { useT } from './i18n/useT';
export type { Translate, TranslateOptions } from './i18n/useT';
export { isRtlLocale, rtlLanguages } from './i18n/rtl';
export { en } from './i18n/locales/en';
export { enComponents } from './i18n/locales/enComponents';
export { de } from './i18n/locales/de';
export { ar } from './i18n/locales/ar';
export type {
  JournalkitKey,
  JournalkitLocaleStrings,
  JournalkitStringOverrides,
  JournalkitStrings,
} from './i18n/types';
export { useFormatters } from './intl/useFormatters';
export { createFormatters } from './intl/formatters';
export type { Formatters, SignedValue, Trend } from './intl/formatters';

// Hooks and helpers for building components on this foundation
export { useControllableState } from './internal/useControllableState';
export type { ControllableStateOptions } from './internal/useControllableState';
export { useJkId } from './internal/ids';
export { defineVariants } from './internal/variants';
export type { VariantDef, VariantValue } from './internal/variants';
export { VisuallyHidden } from './internal/VisuallyHidden';

// Icons
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
  Spinner,
  CalendarIcon,
  ChevronDownIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  DotIcon,
  FileIcon,
  InfoIcon,
  UploadIcon,
} from './icons';
export type { IconProps } from './icons';

// Components
export { AccountSwitcher } from './AccountSwitcher';
export type { AccountSummary, AccountSwitcherProps } from './AccountSwitcher';
export { Avatar, avatarVariants } from './Avatar';
export type { AvatarProps } from './Avatar';
export { Badge, badgeVariants } from './Badge';
export type { BadgeProps } from './Badge';
export { BreakdownChart, bucketLabel } from './BreakdownChart';
export type {
  BreakdownBucket,
  BreakdownBy,
  BreakdownChartProps,
  BreakdownMetric,
  BreakdownSort,
} from './BreakdownChart';
export { Button, buttonVariants } from './Button';
export type { ButtonProps } from './Button';
export { Card, cardVariants } from './Card';
export type { CardProps } from './Card';
export { Checkbox } from './Checkbox';
export type { CheckboxProps, CheckedState } from './Checkbox';
export { Dialog } from './Dialog';
export type { DialogContentProps, DialogRootProps } from './Dialog';
export { EmptyState, emptyStateVariants } from './EmptyState';
export type { EmptyStateProps } from './EmptyState';
export { EquityCurve } from './EquityCurve';
export type { EquityCurveProps, EquityPoint } from './EquityCurve';
export { IconButton } from './IconButton';
export type { IconButtonProps } from './IconButton';
export { Link, linkVariants } from './Link';
export type { LinkProps } from './Link';
export { PnLCalendar } from './PnLCalendar';
export type { DailyPnl, PnLCalendarProps } from './PnLCalendar';
export { Progress, progressVariants } from './Progress';
export type { ProgressProps } from './Progress';
export { Skeleton, skeletonVariants } from './Skeleton';
export type { SkeletonProps } from './Skeleton';
export { Stat } from './Stat';
export type { StatFormat, StatProps } from './Stat';
export { StatsGrid } from './StatsGrid';
export type { AnalyticsSummary, AnalyticsSummaryMetrics, StatsGridProps } from './StatsGrid';
export { Switch } from './Switch';
export type { SwitchProps } from './Switch';
export { Tag, tagVariants } from './Tag';
export type { TagProps } from './Tag';
export { TextArea } from './TextArea';
export type { TextAreaProps } from './TextArea';
export { TextField, textFieldVariants } from './TextField';
export type { FieldProps, TextFieldProps } from './TextField';
export { Tooltip } from './Tooltip';
export type { TooltipProps } from './Tooltip';
export { ImportWizard } from './ImportWizard';
export type { ImportWizardProps } from './ImportWizard';
export {
  importFileKinds,
  importFormats,
  importRefusalOf,
  mappedFields,
  readCsvHeader,
  timeFormats,
} from './ImportWizard';
export type {
  ImportAccountOption,
  ImportFileKind,
  ImportFormat,
  ImportMapping,
  ImportOutcome,
  ImportRefusal,
  ImportRowError,
  ImportWizardOptions,
  ImportWizardReport,
  MappedField,
  TimeFormat,
} from './ImportWizard';
export { emptyJournalEntry, JournalEntryEditor, journalEmotions } from './JournalEntryEditor';
export type {
  JournalEmotion,
  JournalEntryEditorProps,
  JournalEntrySaveState,
  JournalEntryValue,
} from './JournalEntryEditor';
export { TradeDetail } from './TradeDetail';
export type { JournalExecution, JournalTradeDetail, TradeDetailProps } from './TradeDetail';
export { PnlValue, toNumber, TradeTable, tradeTableColumnIds } from './TradeTable';
export type { JournalTrade, PnlValueProps, TradeTableColumnId, TradeTableProps } from './TradeTable';
export { Table, TableColumnPicker, tableVariants } from './Table';
export type {
  SortDirection,
  TableCellContext,
  TableColumn,
  TableColumnChoice,
  TableColumnPickerProps,
  TableProps,
  TableSort,
  TableValue,
} from './Table';
// Overlays, form controls and composites
export { Combobox, comboboxVariants } from './Combobox';
export type { ComboboxInputReason, ComboboxItem, ComboboxProps } from './Combobox';
export {
  Calendar,
  DatePicker,
  datePickerVariants,
  addDays,
  addMonths,
  firstDayOfWeek,
  fromIso,
  isIsoDate,
  parseDate,
  toIso,
  todayIso,
} from './DatePicker';
export type { CalendarProps, DatePickerProps, DateRange, IsoDate } from './DatePicker';
export { DateRangePicker, dateRangePickerVariants } from './DateRangePicker';
export type { DateRangePickerProps, DateRangePreset, DateRangeValue } from './DateRangePicker';
export { Drawer, drawerVariants } from './Drawer';
export type { DrawerContentProps, DrawerRootProps } from './Drawer';
export { FileDrop, formatBytes, formatOverLimit, isAccepted, validateFiles } from './FileDrop';
export type { FileDropProps, FileRejection, FileRejectionReason, FormatBytesOptions } from './FileDrop';
export { Markdown, markdownVariants } from './Markdown';
export type { MarkdownProps } from './Markdown';
export { Menu } from './Menu';
export type {
  MenuCheckboxItemProps,
  MenuContentProps,
  MenuItemProps,
  MenuRadioItemProps,
  MenuRootProps,
} from './Menu';
export { Pagination, pageItems } from './Pagination';
export type { CursorPaginationProps, NumberedPaginationProps, PaginationProps } from './Pagination';
export { Popover, popoverVariants } from './Popover';
export type { PopoverContentProps, PopoverRootProps } from './Popover';
export { RadioGroup, radioGroupVariants } from './RadioGroup';
export type { RadioGroupProps, RadioOption } from './RadioGroup';
export { Select, selectVariants } from './Select';
export type { SelectGroup, SelectOption, SelectProps } from './Select';
export { Slider, sliderVariants } from './Slider';
export type { SliderProps } from './Slider';
export { Stepper, stepperVariants } from './Stepper';
export type { StepperProps, StepperStep, StepState } from './Stepper';
export { Tabs, tabsVariants } from './Tabs';
export type { TabsListProps, TabsRootProps, TabsTriggerProps } from './Tabs';
export { Toast, ToastProvider, toastVariants, useToast } from './Toast';
export type { ToastAction, ToastApi, ToastOptions, ToastProps, ToastProviderProps, ToastTone } from './Toast';
export { AppShell } from './AppShell';
export type {
  AppShellLinkProps,
  AppShellMenuAction,
  AppShellNavItem,
  AppShellProps,
  AppShellRenderLink,
  AppShellUser,
} from './AppShell';
