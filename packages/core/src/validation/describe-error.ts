/**
 * What one failed JSON Schema keyword means, in words a form filler reads (the catalogue's
 * "validation" section), apart from the field's label.
 */
import type { ErrorObject } from 'ajv';
import type zhCN from '../../../../locales/zh-CN/core.json';
import type { Messages } from '../i18n/catalogue.js';

/** Core's catalogue in one locale (coreMessages(locale)); passed in, so the build can word errors too. */
export type CoreMessages = Messages<typeof zhCN>;

type Params = Record<string, unknown>;

const MAX_OPTIONS_SHOWN = 8;

const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export function describeKeyword(e: Pick<ErrorObject, 'keyword' | 'params'>, options: readonly string[] | undefined, messages: CoreMessages): string {
  const m = messages.validation;
  const w = messages.words;
  const p = e.params as Params;
  const limit = Number(p.limit);
  switch (e.keyword) {
    case 'required': return m.required();
    case 'type': return (own(m.type, String(p.type)) ?? m.type.other)({ type: String(p.type) });
    case 'minimum': case 'exclusiveMinimum': case 'maximum': case 'exclusiveMaximum':
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems':
      return m[e.keyword]({ limit });
    case 'uniqueItems': return m.uniqueItems({ first: Number(p.j) + 1, second: Number(p.i) + 1 });
    case 'format': return (own(m.format, String(p.format)) ?? m.format.other)({ format: String(p.format) });
    case 'oneOf': case 'enum': case 'const': {
      const list = options ?? [];
      const shown = list.slice(0, MAX_OPTIONS_SHOWN).join(w.listSeparator());
      return m.options({ options: list.length > MAX_OPTIONS_SHOWN ? w.andMore({ list: shown }) : shown });
    }
    case 'additionalProperties': return m.additionalProperties({ field: String(p.additionalProperty) });
    case 'pattern': return m.pattern();
    default: return m.other({ keyword: e.keyword });
  }
}
