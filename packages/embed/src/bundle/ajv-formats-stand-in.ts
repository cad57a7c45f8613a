/** `ajv-formats` in the script-tag bundle: the real plugin from govforms-compiler.js (see ajv-stand-in.ts). */
import type realAddFormats from 'ajv-formats';
import { loadedCompiler } from './compiler-link.js';

const addFormats = ((ajv, opts) => loadedCompiler().addFormats(ajv, opts)) as typeof realAddFormats;

export default addFormats;
