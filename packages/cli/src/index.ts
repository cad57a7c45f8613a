export { run, commands } from './run.js';
export { nodeIO, EXIT, CliFailure, type CliIO } from './io.js';
export { readJsonFile, MAX_INPUT_BYTES } from './read-json.js';
