import type { ColorMode, TenantThemeDoc } from '@journalkit/theme';
import { vars as t } from '@journalkit/theme';
import { Button, Card, JournalkitThemeProvider, Link, Stat, Tag, TextField } from '@journalkit/ui';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { usePortalT } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/context';
import { TenantLogo } from '../../../tenant/TenantLogo';

const Frame = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  & > h3 {
    margin: 0;
    font-size: ${t.font.size.sm};
    font-weight: ${t.font.weight.semibold};
    color: ${t.color.textMuted};
  }
`;

const Canvas = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[4]};
  padding: ${t.space[5]};
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.lg};
  background-color: ${t.color.canvas};
`;

const Bar = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]};
  font-family: ${t.font.family.heading};
  font-weight: ${t.font.weight.bold};
  font-size: ${t.font.size.lg};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[3]};
`;

const Stats = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
  gap: ${t.space[4]};
`;

/** The draft theme on real components, in its own provider scope (nested in the portal's). */
export function ThemePreview({ theme, mode }: { theme: TenantThemeDoc; mode: ColorMode }) {
  const tr = usePortalT('admin');
  const { i18n } = useTranslation();
  const { locale } = useTenant();
  const modeName = tr(`branding.modes.${mode}`);
  return (
    <Frame data-part="theme-preview" data-mode={mode}>
      <h3>{tr('branding.previewMode', { mode: modeName })}</h3>
      <JournalkitThemeProvider
        theme={theme}
        colorMode={mode}
        locale={locale}
        i18n={i18n}
        hasBackground={false}
      >
        <Canvas>
          <Bar>
            <TenantLogo height={28} />
            <Tag tone="accent">{tr('preview.tag')}</Tag>
          </Bar>
          <Card title={tr('preview.heading')} titleAs="h4">
            <Stats>
              <Stat label={tr('preview.netPnl')} value={1284.5} format="money" currency="USD" pnl />
              <Stat label={tr('preview.winRate')} value={0.58} format="percent" delta={-0.04} />
            </Stats>
            <TextField label={tr('preview.note')} defaultValue={tr('preview.noteValue')} />
            <Row>
              <Button>{tr('preview.primary')}</Button>
              <Button variant="outline">{tr('preview.secondary')}</Button>
              <Link href="#preview" onClick={(e) => e.preventDefault()}>
                {tr('preview.link')}
              </Link>
            </Row>
          </Card>
        </Canvas>
      </JournalkitThemeProvider>
    </Frame>
  );
}
