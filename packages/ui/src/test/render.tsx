import { render } from '@testing-library/react';
import type { RenderOptions, RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { JournalkitThemeProvider } from '../provider/JournalkitThemeProvider';
import type { JournalkitThemeProviderProps } from '../provider/JournalkitThemeProvider';

/** Render inside a JournalkitThemeProvider (default tenant, English, LTR unless told). */
export function renderWithProvider(
  ui: ReactElement,
  provider: Omit<JournalkitThemeProviderProps, 'children'> = {},
  options?: Omit<RenderOptions, 'wrapper'>,
): RenderResult {
  return render(ui, {
    ...options,
    wrapper: ({ children }) => <JournalkitThemeProvider {...provider}>{children}</JournalkitThemeProvider>,
  });
}
