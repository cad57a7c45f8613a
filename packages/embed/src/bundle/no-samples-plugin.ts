/**
 * A Vite plugin for the script-tag build: the built-in forms' samples (forms/<id>/sample.json)
 * are left out. mount() and <govforms-form> never show a sample and window.GovForms offers no
 * way to read one, so they would only weigh on the first download; in this bundle a built-in
 * form's `sample` is `{}`, as for a form registered without one. (Core's own build, the CLI
 * and the playground keep them.)
 */
import type { Plugin } from 'vite';

const SAMPLE = /\/forms\/[^/]+\/sample\.json$/;

export function noFormSamples(): Plugin {
  return {
    name: 'govforms-no-form-samples',
    enforce: 'pre',
    load(id) {
      return SAMPLE.test(id.replace(/\\/g, '/').replace(/\?.*$/, '')) ? { code: 'export default {};', moduleType: 'js' } : null;
    },
  };
}
