/**
 * Why a failed import failed: a stable code (the contract's `failure.code`) and words for the user.
 * `import-invalid`: rows cannot be read; `import-interrupted`: its job's process stopped before it
 * finished, every time it was tried (jobs take a killed import again, up to its attempts);
 * `import-failed`: an error on the server, every attempt.
 */
export const FAILURE_CODES = ['import-invalid', 'import-interrupted', 'import-failed'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export const INTERRUPTED_MESSAGE =
  'The import was interrupted before it finished (the server stopped or restarted); nothing was imported. ' +
  'Upload the file again.';
export const FAILED_MESSAGE = 'The import failed on the server; nothing was imported.';
