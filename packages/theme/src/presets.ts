import darkBrokerage from '../tenants/dark-brokerage.json';
import defaultTenant from '../tenants/default.json';
import highContrast from '../tenants/high-contrast.json';
import lightEducation from '../tenants/light-education.json';
import type { TenantThemeDoc } from './schema/types';

/** Journalkit's own look: indigo, follows the OS colour mode. */
export const defaultPreset = defaultTenant as TenantThemeDoc;
/** A dark, dense brokerage: gold brand, its own P&L colours, compact controls. */
export const darkBrokeragePreset = darkBrokerage as TenantThemeDoc;
/** A light education brand: teal and amber, rounded, spacious, serif headings. */
export const lightEducationPreset = lightEducation as TenantThemeDoc;
/** 7:1 text and 4.5:1 boundaries in both modes, pure black/white backgrounds. */
export const highContrastPreset = highContrast as TenantThemeDoc;

/** The example tenants shipped in `tenants/*.json`, by preset name. */
export const presets = {
  default: defaultPreset,
  'dark-brokerage': darkBrokeragePreset,
  'light-education': lightEducationPreset,
  'high-contrast': highContrastPreset,
} as const satisfies Record<string, TenantThemeDoc>;

export type PresetName = keyof typeof presets;
export const presetNames: readonly PresetName[] = [
  'default',
  'dark-brokerage',
  'light-education',
  'high-contrast',
];
