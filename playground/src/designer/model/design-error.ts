import { designerMessages, type DesignerMessages } from '../designer-messages.js';

export type DesignErrorCode = keyof DesignerMessages['errors'];

/** An edit or an import the designer refuses; its words are in the catalogue (zh-CN first). */
export class DesignError extends Error {
  constructor(readonly code: DesignErrorCode, readonly params: Record<string, string | number> = {}) {
    super(designerMessages('zh-CN').errors[code](params as never));
    this.name = 'DesignError';
  }

  /** The message in a locale. */
  text(locale?: string): string {
    return designerMessages(locale).errors[this.code](this.params as never);
  }
}
