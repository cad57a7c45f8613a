/**
 * For the script-tag bundle: loads govforms-export.js (a classic script beside
 * govforms.iife.js) on first use and takes the generators from window.GovFormsExport.
 */
import { GovformsError } from '@govforms/core';
import type { ExportModule } from './export-api.js';
import { messagesFor } from './messages.js';

export const EXPORT_GLOBAL = 'GovFormsExport';

export function createScriptLoader(defaultUrl: string | undefined) {
  let url = defaultUrl;
  let loading: Promise<ExportModule> | undefined;
  const t = messagesFor('zh-CN');
  const loaded = () => (window as unknown as Record<string, ExportModule | undefined>)[EXPORT_GLOBAL];

  function load(): Promise<ExportModule> {
    const ready = loaded();
    if (ready) return Promise.resolve(ready);
    if (!url) return Promise.reject(new GovformsError(t.exportScriptMissing, 'export-script-missing'));
    const src = url;
    loading ??= new Promise<ExportModule>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      const done = () => script.remove();
      script.onload = () => {
        done();
        const module = loaded();
        if (module) resolve(module);
        else reject(new GovformsError(t.exportScriptFailed(src), 'export-script-failed'));
      };
      script.onerror = () => {
        done();
        reject(new GovformsError(t.exportScriptFailed(src), 'export-script-failed'));
      };
      document.head.appendChild(script);
    }).catch((e: unknown) => {
      // The next call tries again (the network may be back).
      loading = undefined;
      throw e;
    });
    return loading;
  }

  return {
    load,
    configure(opts: { exportScriptUrl?: string }) {
      if (opts.exportScriptUrl) url = new URL(opts.exportScriptUrl, document.baseURI).href;
    },
    get exportScriptUrl() { return url; },
  };
}
