/** The version of @govforms/core, which carries the regulation's rules: documents name it as the rule version they were checked with. */
export { version as coreVersion } from '../package.json';
