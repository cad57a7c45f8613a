// The module scripts/vite-plugins/precompiled-validators.ts generates at build time (wired into
// the root vite.config.ts and packages/core/vite.config.ts).
declare module 'virtual:govforms/validators' {
  import type { ValidateFunction } from 'ajv';

  /**
   * Every built-in form (forms/<id>/form.json) by id: its version and its validator, compiled
   * from the schema with document kinds injected, via schemaForValidation. Errors carry keyword,
   * instancePath, schemaPath and params, but no `message`, `schema`, `parentSchema` or `data`
   * (compiled without `messages` and `verbose`); a oneOf of consts fails as keyword `enum`.
   * Standalone functions have no `schema` or `schemaEnv` properties either.
   */
  export const formValidators: Record<string, { version: string; validate: ValidateFunction }>;

  /** Every uischema rule condition's schema, keyed by JSON.stringify(condition.schema). */
  export const conditionValidators: Record<string, ValidateFunction>;
}
