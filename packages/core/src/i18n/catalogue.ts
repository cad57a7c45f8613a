/**
 * Message catalogues: the words of each package live in `locales/<locale>/<namespace>.json`
 * as ICU MessageFormat strings (parsed at build time, see scripts/vite-plugins/
 * message-catalogues.ts). A message is looked up in the asked locale and falls back to
 * zh-CN, the language every catalogue is complete in. The locale is a parameter of the
 * lookup, never a branch in code: a new locale is new files, not new code.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export type Locale = 'zh-CN' | 'en' | (string & {});

/** The locale every catalogue and every form is written in. */
export const SOURCE_LOCALE = 'zh-CN';

export type MessageParams = Record<string, string | number>;
export type Message = (params?: MessageParams) => string;

/** A catalogue's shape (its zh-CN JSON) with every text turned into a formatter. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? Message : Messages<T[K]> };

/** What `import.meta.glob('…/locales/*\/<ns>.json', { eager: true, import: 'default', query: '?messages' })` gives. */
export type CatalogueFiles = Record<string, unknown>;

type Ast = ConstructorParameters<typeof IntlMessageFormat>[0];
type Tree = { [key: string]: Tree | Ast };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "../../../../locales/en/core.json" → "en". */
function localeOfFile(path: string): string | undefined {
  return /(?:^|\/)locales\/([^/]+)\/[^/]+\.json(?:\?.*)?$/.exec(path)?.[1];
}

/** A BCP 47 tag in its canonical form ("qps-ploc" → "qps-Ploc", "EN-gb" → "en-GB"); undefined when it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  // Every message lookup asks: Intl.getCanonicalLocales is slow enough to show (~8% of a server's validate).
  if (canonical.has(tag)) return canonical.get(tag);
  let found: string | undefined;
  try {
    found = Intl.getCanonicalLocales(tag)[0];
  } catch {
    found = undefined;
  }
  if (canonical.size < 1000) canonical.set(tag, found);
  return found;
}
const canonical = new Map<string, string | undefined>();

/** A locale Intl accepts, canonical (an unusable tag falls back to zh-CN). */
export function usableLocale(locale: string | undefined): string {
  return (locale && canonicalLocale(locale)) || SOURCE_LOCALE;
}

/**
 * Words by locale, keyed by canonical tag: locale tags are case-insensitive, so a folder named
 * "qps-ploc" serves "qps-Ploc" (the canonical form) and the other way round.
 */
export function byCanonicalLocale<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  return new Map([...entries].map(([tag, value]) => [canonicalLocale(tag) ?? tag, value]));
}

/**
 * The locales to look a word up in, most specific first, without zh-CN (the source every lookup
 * falls back to last): subtags dropped from the right as in RFC 4647 lookup, "zh-Hant-TW" →
 * ["zh-Hant-TW", "zh-Hant", "zh"], "en-GB" → ["en-GB", "en"], "zh-CN" → [].
 */
export function localeChain(locale: string | undefined): string[] {
  const parts = usableLocale(locale).split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-')).filter((l) => l !== SOURCE_LOCALE);
}

/**
 * IntlMessageFormat resolves its locale through Intl.NumberFormat.supportedLocalesOf for every
 * message it compiles (~0.3 ms each; a command's first run compiles a hundred): the answer for
 * a locale never changes, and Intl.Locale is immutable, so it is worked out once per locale.
 */
const resolveLocaleOnce = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  if (typeof locales !== 'string') return resolveLocaleOnce(locales);
  if (!resolvedLocales.has(locales)) resolvedLocales.set(locales, resolveLocaleOnce(locales));
  return resolvedLocales.get(locales);
};

function formatter(ast: Ast, locale: string, key: string): Message {
  let compiled: IntlMessageFormat | undefined;
  return (params) => {
    compiled ??= new IntlMessageFormat(ast, locale);
    const out = compiled.format(params);
    if (typeof out !== 'string') throw new Error(`message ${key} did not format to text`);
    return out;
  };
}

type Layer = { locale: string; tree: Tree | undefined };

/** The tree of `base` (zh-CN) with each message taken from the first layer that has it. */
function build(base: Tree, layers: readonly Layer[], at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(base)) {
    const here = layers.map(({ locale, tree }) => ({ locale, node: tree && Object.hasOwn(tree, key) ? tree[key] : undefined }));
    const path = at ? `${at}.${key}` : key;
    if (isTree(node)) {
      out[key] = build(node, here.map(({ locale, node: n }) => ({ locale, tree: isTree(n) ? n : undefined })), path);
    } else {
      const found = here.find((h) => Array.isArray(h.node));
      out[key] = found ? formatter(found.node as Ast, found.locale, path) : formatter(node as Ast, SOURCE_LOCALE, path);
    }
  }
  return out;
}

/**
 * One namespace's catalogue: `messagesFor(locale)` gives every message of the zh-CN file as a
 * formatter, in the locale where its file has the message, else in zh-CN.
 */
export function defineMessages<T>(files: CatalogueFiles): ((locale?: Locale) => Messages<T>) & { locales: string[] } {
  const byLocale = byCanonicalLocale(Object.entries(files).flatMap(([path, tree]) => {
    const locale = localeOfFile(path);
    return locale && isTree(tree) ? [[locale, tree] as const] : [];
  }));
  const base = byLocale.get(SOURCE_LOCALE);
  if (!base) throw new Error(`message catalogue without ${SOURCE_LOCALE}: ${Object.keys(files).join(', ')}`);
  const cache = new Map<string, Messages<T>>();
  const messagesFor = (locale?: Locale): Messages<T> => {
    const tag = usableLocale(locale);
    let m = cache.get(tag);
    if (!m) {
      m = build(base, localeChain(tag).map((l) => ({ locale: l, tree: byLocale.get(l) })), '') as Messages<T>;
      cache.set(tag, m);
    }
    return m;
  };
  return Object.assign(messagesFor, { locales: [...byLocale.keys()] });
}
