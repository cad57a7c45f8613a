export { GovForm, type GovFormHandle, type GovFormProps } from './GovForm.js';
export { FindingsPanel, sectionOf, type FindingsPanelProps } from './findings/FindingsPanel.js';
export { TimelinePanel, type TimelinePanelProps } from './findings/TimelinePanel.js';
export { govformsRenderers } from './renderers/index.js';
export { messagesFor, shownLocale, type Messages } from './i18n/messages.js';
export { govformsCss } from './styles/css.js';
export { defaultTheme, type ThemeVariable } from './styles/theme.js';
export { parseMoneyText, parseIntegerText, parseDecimal2Text, type Parsed } from './renderers/numeric-text.js';
export { GovFormContext, useGovForm, type GovFormRuntime, type Draft } from './runtime.js';
