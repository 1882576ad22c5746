import { createTheme } from '@mantine/core';

/** One theme for every screen: the brand blue, system fonts, calm radii. */
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});
