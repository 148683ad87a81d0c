export { TextField, textFieldVariants } from './TextField';
export type { TextFieldProps } from './TextField';
export type { FieldProps } from '../internal/Field';
