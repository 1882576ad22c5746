import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  Loader,
  Modal,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

// Mantine's defaults miss WCAG AA contrast in three places the studio uses everywhere (checked
// by axe-core in e2e/accessibility.spec.ts): blue-6 on white (3.6:1), the gray "dimmed" text
// (3.3:1) and the text of light badges on their tint. One shade darker each passes 4.5:1.

// Light variants (badges, light buttons) get their text darker than the tint behind it.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  // Yellow's tint is so light that 25 % darker text reaches only 4.47:1 ("Outside hours").
  const amount = parsed.color === 'yellow' ? 0.35 : 0.25;
  return shades ? { ...colors, color: darken(shades[9], amount) } : colors;
};

/** Dimmed text one gray darker than Mantine's. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

/** One theme for every screen: the brand blue, system fonts, calm radii, readable contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  variantColorResolver,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  components: {
    // A spinner's aria-label ("Loading leads") is only announced on an element with a role.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // A dialog's × has no text of its own; axe-core (button-name) wants it named.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});
