/// <reference types="vite/client" />
/** The designer's words (locales/<locale>/designer.json), zh-CN first. */
import type zhCN from '../../../locales/zh-CN/designer.json';
import { defineMessages, type Messages } from '@govforms/core';

export const designerMessages = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/designer.json', { eager: true, import: 'default', query: '?messages' }),
);

export type DesignerMessages = Messages<typeof zhCN>;
