export { ImportWizard } from './ImportWizard';
export type { ImportWizardProps } from './ImportWizard';
export { importFormats, mappedFields, readCsvHeader, timeFormats } from './types';
export type {
  ImportAccountOption,
  ImportFormat,
  ImportMapping,
  ImportOutcome,
  ImportRowError,
  ImportWizardOptions,
  ImportWizardReport,
  MappedField,
  TimeFormat,
} from './types';
