export { Markdown, markdownVariants } from './Markdown';
export type { MarkdownProps } from './Markdown';
