/**
 * Upload limits more than one area states: the entries routes enforce them, the public tenant
 * publishes them so a browser can check a file before sending it.
 */

/** Largest screenshot attached to a journal entry (PNG, JPEG, WebP or GIF). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
