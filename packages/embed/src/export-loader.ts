/**
 * For the script-tag bundle: the files that are not part of the first download, loaded on
 * first use as classic scripts from beside govforms.iife.js: govforms-export.js (the Word/Excel
 * generators, window.GovFormsExport) and govforms-compiler.js (Ajv, for forms registered at
 * run time, window.GovFormsCompiler).
 */
import { GovformsError } from '@govforms/core';
import { COMPILER_GLOBAL, EXPORT_GLOBAL, scriptGlobal } from './bundle/script-globals.js';
import { messagesFor } from './messages.js';

export interface ScriptFile {
  /** The file's name beside govforms.iife.js. */
  file: string;
  /** The global the file sets. */
  global: string;
  /** What the file is, in the messages (a key of the embed catalogue). */
  part: 'exportPart' | 'compilerPart';
  /** The GovForms.configure() option that says where the file is. */
  option: string;
  /** The error code of a failed load. */
  code: string;
}

export const EXPORT_SCRIPT: ScriptFile = {
  file: 'govforms-export.js', global: EXPORT_GLOBAL, part: 'exportPart', option: 'exportScriptUrl', code: 'export-script',
};
export const COMPILER_SCRIPT: ScriptFile = {
  file: 'govforms-compiler.js', global: COMPILER_GLOBAL, part: 'compilerPart', option: 'compilerScriptUrl', code: 'compiler-script',
};

/** A loader for one file; `base` is govforms.iife.js's own address (the file is looked for beside it). */
export function createScriptLoader<T>(script: ScriptFile, base: string | undefined) {
  let url = base ? new URL(script.file, base).href : undefined;
  let loading: Promise<T> | undefined;
  const t = messagesFor();
  const failed = (src: string) =>
    new GovformsError(t.scriptFailed({ part: t[script.part](), url: src, file: script.file, option: script.option }), `${script.code}-failed`);

  function load(): Promise<T> {
    const ready = scriptGlobal<T>(script.global);
    if (ready) return Promise.resolve(ready);
    if (!url) {
      return Promise.reject(new GovformsError(t.scriptMissing({ part: t[script.part](), file: script.file, option: script.option }), `${script.code}-missing`));
    }
    const src = url;
    loading ??= new Promise<T>((resolve, reject) => {
      const el = document.createElement('script');
      el.src = src;
      el.async = true;
      const done = () => el.remove();
      el.onload = () => {
        done();
        const module = scriptGlobal<T>(script.global);
        if (module) resolve(module);
        else reject(failed(src));
      };
      el.onerror = () => {
        done();
        reject(failed(src));
      };
      document.head.appendChild(el);
    }).catch((e: unknown) => {
      // The next call tries again (the network may be back).
      loading = undefined;
      throw e;
    });
    return loading;
  }

  return {
    load,
    /** Takes the file's address from GovForms.configure({ [script.option]: url }), if given. */
    configure(opts: Record<string, unknown>) {
      const given = opts[script.option];
      if (typeof given === 'string' && given) url = new URL(given, document.baseURI).href;
    },
    get url() { return url; },
  };
}
