export { TextField, textFieldVariants } from './TextField';
export type { TextFieldProps } from './TextField';
