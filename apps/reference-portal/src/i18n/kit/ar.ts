// The UI kit's Arabic strings (namespace `journalkit`), as their own chunk: loaded with Arabic only.
export { ar as default } from '@journalkit/ui';
