/** English strings of Markdown, registered by `useT(markdown)` on first render. */

export const markdownStrings = {
  image: 'Image',
};

export const markdown = { markdown: markdownStrings };
