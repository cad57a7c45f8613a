/// <reference types="vite/client" />
/** What the service says to people (locales/<locale>/server.json). */
import type zhCN from '../../../locales/zh-CN/server.json';
import { defineMessages, type Messages } from '@govforms/core';

export const serverMessages = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/server.json', { eager: true, import: 'default', query: '?messages' }),
);

export type ServerMessages = Messages<typeof zhCN>;
