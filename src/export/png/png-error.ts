/**
 * Why a PNG could not be made, as a typed error the UI can show in the user's language: the code says
 * what happened, the message key and parameters say it in words (report.ts among the zh and en messages).
 */
import { t, type MessageKey, type Params } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';

export type PngErrorCode = 'tooLarge' | 'blank' | 'load' | 'encode' | 'unsupported';

const KEYS: Record<PngErrorCode, MessageKey> = {
  tooLarge: 'png.error.tooLarge',
  blank: 'png.error.blank',
  load: 'png.error.load',
  encode: 'png.error.encode',
  unsupported: 'png.error.unsupported',
};

export class PngExportError extends Error {
  readonly messageKey: MessageKey;

  constructor(readonly code: PngErrorCode, readonly params: Params = {}) {
    super(`PNG export failed: ${code}`);
    this.name = 'PngExportError';
    this.messageKey = KEYS[code];
  }

  /** The message for the user. */
  describe(lang: Lang): string {
    return t(lang, this.messageKey, this.params);
  }
}
