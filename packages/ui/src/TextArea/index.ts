export { TextArea } from './TextArea';
export type { TextAreaProps } from './TextArea';
export type { FieldProps } from '../internal/Field';
