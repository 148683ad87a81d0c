import { createElement, forwardRef, useMemo } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import { markdown as markdownStrings } from '../i18n/locales/markdown/en';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { Link } from '../Link/Link';
import { safeHref, safeImageSrc } from './safeUrl';
import { Prose } from './Markdown.styles';

export const markdownVariants = defineVariants({
  size: { values: ['sm', 'md'], default: 'md' },
});

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface MarkdownProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The Markdown source, as the user wrote it (untrusted). */
  children: string;
  /** The level a `#` heading becomes; deeper ones follow, capped at h6. Default 3. */
  topHeadingLevel?: HeadingLevel;
  /** Show images (https and inline raster data only). Default true; false shows their alt text. */
  allowImages?: boolean;
  size?: VariantValue<typeof markdownVariants, 'size'>;
}

const urlTransform = (url: string, key: string) => (key === 'src' ? safeImageSrc(url) : safeHref(url));

/**
 * Renders user-written Markdown safely (react-markdown, CommonMark): raw HTML is dropped, links
 * only to http(s)/mailto and they open in a new tab with `rel="noopener noreferrer nofollow"`,
 * images only from https or inline raster data, headings demoted below the page's own (`#` → h3
 * by default). Styled with the tenant's typography.
 */
export const Markdown = forwardRef<HTMLDivElement, MarkdownProps>(function Markdown(
  { children, topHeadingLevel = 3, allowImages = true, size = 'md', ...rest },
  ref,
) {
  const t = useT(markdownStrings);
  const components = useMemo(
    () => makeComponents(topHeadingLevel, allowImages, t('markdown.image')),
    [topHeadingLevel, allowImages, t],
  );
  return (
    <Prose ref={ref} {...rest} data-component="Markdown" data-size={size}>
      <ReactMarkdown skipHtml urlTransform={urlTransform} components={components}>
        {children}
      </ReactMarkdown>
    </Prose>
  );
});

/** Element overrides, made once per setting (stable component types keep the tree mounted). */
function makeComponents(topHeadingLevel: HeadingLevel, allowImages: boolean, imageWord: string): Components {
  const heading =
    (depth: number) =>
    ({ children: content }: { children?: ReactNode }) =>
      createElement(`h${Math.min(6, topHeadingLevel + depth - 1)}`, { 'data-source-level': depth }, content);

  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    a: ({ href, children: content }) =>
      href ? (
        <Link href={href} external rel="noopener noreferrer nofollow" data-part="link">
          {content}
        </Link>
      ) : (
        <span data-part="unsafe-link">{content}</span>
      ),
    img: ({ src, alt }) =>
      allowImages && typeof src === 'string' && src ? (
        <img src={src} alt={alt ?? ''} loading="lazy" decoding="async" referrerPolicy="no-referrer" />
      ) : (
        <span data-part="blocked-image">{alt || imageWord}</span>
      ),
  };
}
