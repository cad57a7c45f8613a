/**
 * `ajv` in the script-tag bundle: built-in forms validate with precompiled validators and
 * rule conditions (@govforms/core), so Ajv's compiler is not part of the first download.
 * Only compiling a form registered at run time needs it: `new Ajv(…)` then builds the real one
 * from govforms-compiler.js, which GovForms.registerForm loads first.
 */
import type RealAjv from 'ajv';
import { loadedCompiler } from './compiler-link.js';

class Ajv {
  constructor(opts?: ConstructorParameters<typeof RealAjv>[0]) {
    // A constructor that returns an object makes `new Ajv()` that object: the real Ajv.
    return new (loadedCompiler().Ajv)(opts);
  }
}

export default Ajv as unknown as typeof RealAjv;
