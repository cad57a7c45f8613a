import { availableLocales, SOURCE_LOCALE, type Locale } from '@govforms/core';
import type { FastifyRequest } from 'fastify';

/** The locale the client asks for with Accept-Language (en-GB → en), zh-CN when none fits. */
export function requestLocale(request: FastifyRequest): Locale {
  const best = request.languages([...availableLocales()]);
  return typeof best === 'string' ? best : SOURCE_LOCALE;
}
