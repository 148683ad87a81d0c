export { JournalkitThemeProvider } from './JournalkitThemeProvider';
export type { JournalkitThemeProviderProps } from './JournalkitThemeProvider';
export { useJournalkit } from './context';
export type { Direction, JournalkitContextValue } from './context';
export { JournalkitPortal } from './Portal';
export type { JournalkitPortalProps } from './Portal';
