// Form data files under /forms are bundled as JSON; their shape is checked at load time
// (forms/registry.ts) and by the form tests, not by the compiler.
declare module '*.json' {
  const value: unknown;
  export default value;
}
