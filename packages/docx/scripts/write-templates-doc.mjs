// Regenerates docs/templates.md and src/printed-fields.json (which tags print each field) from the form schemas and the template definitions
// (run after `npm run build`; a test checks the committed file is up to date).
import { writeFileSync } from 'node:fs';
import { templateTagsMarkdown } from '../dist/index.js';
import { derivePrintedFields } from '../dist/printed-fields.js';

const target = new URL('../../../docs/templates.md', import.meta.url);
writeFileSync(target, templateTagsMarkdown());
console.log(`written ${target.pathname}`);

const printed = new URL('../src/printed-fields.json', import.meta.url);
writeFileSync(printed, `${JSON.stringify(derivePrintedFields(), null, 2)}\n`);
console.log(`written ${printed.pathname}`);
