import { useJournalkit } from '@journalkit/ui';
import { useTenant } from './context';

/** The tenant's logo for the active colour mode (its name is the text alternative), or its name. */
export function TenantLogo({ height = 40 }: { height?: number }) {
  const { colorMode, themes } = useJournalkit();
  const { name } = useTenant();
  const light = themes.light.logo?.url;
  const dark = themes.dark.logo?.url;
  if (!light) return <span data-part="tenant-name">{name}</span>;
  const style = { blockSize: `${height}px`, inlineSize: 'auto', maxInlineSize: '100%' };
  if (colorMode === 'dark')
    return <img src={dark ?? light} alt={name} style={style} data-part="tenant-logo" />;
  return (
    <picture>
      {colorMode === 'auto' && dark && dark !== light && (
        <source srcSet={dark} media="(prefers-color-scheme: dark)" />
      )}
      <img src={light} alt={name} style={style} data-part="tenant-logo" />
    </picture>
  );
}
