/**
 * @govforms/core/compiler: loads Ajv for forms registered at run time in a browser app
 * (`import '@govforms/core/compiler'` before registerForm). Node needs no import: core requires
 * Ajv itself on first use. Compiling runs `new Function`: a page whose CSP forbids
 * 'unsafe-eval' cannot register forms, though the built-in ones work there.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { provideAjv } from './validation/ajv.js';

provideAjv({ Ajv, addFormats });
