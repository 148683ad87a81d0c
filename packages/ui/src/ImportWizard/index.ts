export { ImportWizard } from './ImportWizard';
export type { ImportWizardProps } from './ImportWizard';
export {
  importFileKinds,
  importFormats,
  importRefusalOf,
  mappedFields,
  readCsvHeader,
  timeFormats,
} from './types';
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
} from './types';
