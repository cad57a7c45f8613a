/**
 * Theme: CSS custom properties a host page may set on any ancestor of the form (or on
 * `.gf-root`), e.g. `--gf-primary: #b71c1c`. These are the defaults; colours meet WCAG AA
 * contrast on white.
 */
export const defaultTheme = {
  primary: '#1d4f91',
  'primary-text': '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  border: '#8c959f',
  'border-light': '#d0d7de',
  background: '#ffffff',
  surface: '#f6f8fa',
  error: '#b42318',
  'error-surface': '#fef3f2',
  warning: '#8a4b00',
  'warning-surface': '#fff7e6',
  info: '#1d4f91',
  'info-surface': '#eef4fb',
  success: '#1a7f37',
  focus: '#f0a000',
  radius: '6px',
  font: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  'font-size': '15px',
} as const;

export type ThemeVariable = keyof typeof defaultTheme;

/** `var(--gf-primary, #1d4f91)` */
export const v = (name: ThemeVariable): string => `var(--gf-${name}, ${defaultTheme[name]})`;
