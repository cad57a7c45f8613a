/**
 * What the script-tag builds (govforms.iife.js, govforms-export.js) put in place of packages they
 * must not carry: intl-messageformat's parser (every catalogue is parsed at build time, see
 * scripts/vite-plugins/message-catalogues.ts) and Ajv with its formats (stand-ins that use
 * govforms-compiler.js, loaded by GovForms.registerForm: the only thing that compiles a schema).
 */
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const standIn = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

export const standInAliases: Alias[] = [
  { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
  { find: /^ajv$/, replacement: standIn('ajv-stand-in.ts') },
  { find: /^ajv-formats$/, replacement: standIn('ajv-formats-stand-in.ts') },
];
