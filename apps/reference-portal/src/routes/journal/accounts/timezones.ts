import type { ComboboxItem } from '@journalkit/ui';

let zones: readonly string[] | undefined;

/** Every IANA timezone the browser knows (UTC first), read once. */
function allZones(): readonly string[] {
  if (!zones) {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = ['UTC', ...known.filter((z) => z !== 'UTC')];
  }
  return zones;
}

/** Timezone choices, labelled with spaces ("America/New York"); `current` kept if the list lacks it. */
export function timezoneItems(current: string): ComboboxItem[] {
  const list = current && !allZones().includes(current) ? [current, ...allZones()] : allZones();
  return list.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[_\s]+/g, ' ')
    .toLowerCase();

/** "new york", "New_York" and "america/new" all find America/New_York. */
export const matchTimezone = (item: ComboboxItem, text: string) =>
  fold(item.value).includes(fold(text.trim()));
