import { availableLocales, SOURCE_LOCALE, type Locale } from '@govforms/core';
import type { FastifyRequest } from 'fastify';

const chosen = new WeakMap<FastifyRequest, Locale>();

/** The locale the client asks for with Accept-Language (en-GB → en), zh-CN when none fits; worked out once per request. */
export function requestLocale(request: FastifyRequest): Locale {
  let locale = chosen.get(request);
  if (locale === undefined) {
    const best = request.languages([...availableLocales()]);
    locale = typeof best === 'string' ? best : SOURCE_LOCALE;
    chosen.set(request, locale);
  }
  return locale;
}
