/**
 * govforms-compiler.js (window.GovFormsCompiler): Ajv and its formats, for forms a portal
 * registers at run time with GovForms.registerForm. Loaded on first use from beside
 * govforms.iife.js; the built-in forms never need it (their validators are precompiled).
 * Compiling runs `new Function`, so a page whose CSP forbids 'unsafe-eval' cannot use it.
 */
export { default as Ajv } from 'ajv';
export { default as addFormats } from 'ajv-formats';
