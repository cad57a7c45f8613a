/// <reference types="vite/client" />
/**
 * Every word the embed shows a person or prints for a portal developer:
 * locales/<locale>/embed.json, looked up by locale with a fallback to zh-CN. The draft store's
 * own messages (storage warnings, corrupted drafts) come from @govforms/core/drafts.
 */
import type zhCN from '../../../locales/zh-CN/embed.json';
import { defineMessages, SOURCE_LOCALE, type Locale, type Messages } from '@govforms/core';

export const messagesFor = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/embed.json', { eager: true, import: 'default', query: '?messages' }),
);

export type EmbedMessages = Messages<typeof zhCN>;

/** The embed's words in a locale (zh-CN for a locale without its own). */
export const embedMessages = messagesFor;

/** A locale option as the portal gave it (any BCP 47 tag); zh-CN when it gave none. */
export function toLocale(tag: unknown): Locale {
  return typeof tag === 'string' && tag !== '' ? tag : SOURCE_LOCALE;
}

/** A saved-at timestamp as people read it, in their own time zone: "11月25日 14:02:31", "Nov 25, 14:02:31". */
export function formatTime(iso: string, locale: Locale): string {
  const at = new Date(iso).getTime();
  return Number.isNaN(at) ? iso : messagesFor(locale).savedAt({ at });
}
