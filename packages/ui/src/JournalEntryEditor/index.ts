export { emptyJournalEntry, JournalEntryEditor, journalEmotions } from './JournalEntryEditor';
export type {
  JournalEmotion,
  JournalEntryEditorProps,
  JournalEntrySaveState,
  JournalEntryValue,
} from './JournalEntryEditor';
