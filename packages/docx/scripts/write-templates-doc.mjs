// Regenerates docs/templates.md from the form schemas and the template definitions
// (run after `npm run build`; a test checks the committed file is up to date).
import { writeFileSync } from 'node:fs';
import { templateTagsMarkdown } from '../dist/index.js';

const target = new URL('../../../docs/templates.md', import.meta.url);
writeFileSync(target, templateTagsMarkdown());
console.log(`written ${target.pathname}`);

