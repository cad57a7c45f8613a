export type { DocumentTemplateId, RenderOptions, RenderReport, RenderWarning } from './types.js';
export { renderDocument, renderDocumentWithReport } from './render.js';
export { documentTemplates, getTemplate, listDocumentTemplates, templateTitle, blankTemplate } from './templates.js';
export type { TemplateDefinition, TemplateMapper, TemplateMeta, TagDoc } from './template-definition.js';
export { TemplateTagError, type TemplateProblem } from './template-errors.js';
export { packTemplate, compactXml } from './pack-template.js';
export { templateSourceFiles } from './template-sources.js';
export { templateTagsMarkdown } from './tag-catalogue.js';
