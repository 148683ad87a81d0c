/** English strings of FileDrop, registered by `useT(fileDrop)` on first render. */

export const fileDropStrings = {
  label_one: 'Drag a file here',
  label_other: 'Drag files here',
  browse_one: 'or choose a file',
  browse_other: 'or choose files',
  dropNow: 'Drop to add',
  accepts: 'Accepted: {{types}}',
  maxSize: 'Up to {{size}} per file',
  rejectedType: '{{name}} is not an accepted file type ({{types}}).',
  rejectedSize: '{{name}} is {{fileSize}}; the largest file you can add is {{maxSize}}.',
  rejectedCount_one: 'Only {{count}} file can be added.',
  rejectedCount_other: 'Only {{count}} files can be added.',
  selected: 'Selected files',
  remove: 'Remove {{name}}',
};

export const fileDrop = { fileDrop: fileDropStrings };
