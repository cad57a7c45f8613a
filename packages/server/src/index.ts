export { buildServer, type GovformsServer } from './app.js';
export { startServer, type RunningServer } from './start.js';
export { defaultOptions, optionsFromEnv, parseOption, ENV, type ServerOptions, type LogLevel } from './options.js';
export { serverMessages, type ServerMessages } from './messages.js';
