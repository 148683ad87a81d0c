// The UI kit's German strings (namespace `journalkit`), as their own chunk: loaded with German only.
export { de as default } from '@journalkit/ui';
