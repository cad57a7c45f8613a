/** Helpers for this package's tests: read a rendered .docx, and the hostile dossier. */
import { sampleDossier } from '@govforms/core';
import PizZip from 'pizzip';
import { hasLibreOffice, hasPdfTools, hasPythonReaders, requireClient } from '../../../testing/real-clients.js';

export function partText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const file = new PizZip(bytes).file(part);
  if (!file) throw new Error(`no ${part} in the document`);
  return file.asText();
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The document's paragraphs as plain text (<w:br/> as "\n"), as a reader sees them. */
export function paragraphs(bytes: Uint8Array, part?: string): string[] {
  const xml = partText(bytes, part);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]!.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]!)))
      .join(''));
}

export const documentText = (bytes: Uint8Array) => paragraphs(bytes).join('\n');

export const ONE_MB = 'a'.repeat(1024 * 1024);
export const HOSTILE_NAME = '<w:t>x</w:t> & "引号" \'单引号\' {projectName} {#items}{/items} {{双括号}} ]]> 𠀀😀';

/**
 * The sample dossier with every kind of trouble: XML specials, template delimiters, a
 * "<w:t>" in a name, a 1 MB string, control characters, characters outside the BMP,
 * `__proto__` keys and values of the wrong type.
 */
export function hostileDossier(): ReturnType<typeof sampleDossier> {
  const d = sampleDossier();
  d.application.projectName = HOSTILE_NAME;
  d.application.summary = `第一行\n第二行\u0007响铃\u0000空字符\ud800残缺 𠀀 😀\r\nCRLF 之后\n${ONE_MB}`;
  (d.application.applicant as Record<string, unknown>).name = '<w:r><w:t>注入</w:t></w:r>';
  d.application.totalInvestment = '400万';
  d.application.planYear = 'next year';
  d.application.coBuilders = 'not a list';
  d.application.includes = [1, 2];
  d.application.deployment = 'moon-base';
  d.application.mandatedThisYear = 'yes';
  d.constructionPlan.projectName = HOSTILE_NAME;
  d.constructionPlan.background = `背景 {background} <b>粗体</b> &amp;\n${'长'.repeat(1000)}`;
  d.constructionPlan.necessity = 12345;
  delete d.constructionPlan.cybersecurityAnalysis;
  (d.budget.items as unknown[]).push({ category: 'bribes', name: '{#x}', amount: 'lots' }, null, 'oops');
  d.completion = JSON.parse('{"__proto__": {"polluted": true}, "implementer": "竣工 & <验收>", "attachments": "all", "warrantyYears": "三年"}');
  d.completion.projectName = HOSTILE_NAME;
  d.annualReport = JSON.parse('{"__proto__": {"operation": "from prototype"}, "systemName": "运维\\u0007报表", "cloudUtilization": "high", "usage": ["not", "text"]}');
  d.annualReport.projectName = HOSTILE_NAME;
  d.change.projectName = HOSTILE_NAME;
  d.change.contractAmount = '三百二十万' as unknown as number;
  d.change.description = `调整 {description} <w:p/> 𠀀😀\n${'改'.repeat(1000)}`;
  d.performanceEvaluation!.projectName = HOSTILE_NAME;
  d.performanceEvaluation!.year = '2024年' as unknown as number;
  d.performanceEvaluation!.inTrial = 'yes' as unknown as boolean;
  d.performanceEvaluation!.progress = `进度 {#progressParagraphs} 𠀀😀\n${'进'.repeat(1000)}`;
  d.reviewOpinion!.projectName = HOSTILE_NAME;
  d.reviewOpinion!.reviewers = [{ name: '{#reviewers}<w:t>', unit: null }, 'oops'] as never;
  d.reviewOpinion!.requiredChanges = '全部' as never;
  d.reviewOpinion!.opinion = `意见 {opinion} 𠀀😀`;
  return d;
}

/** LibreOffice, poppler and python-docx: present, or a loud skip (a failure under CI=true). */
export function wordClientsAvailable(): boolean {
  return requireClient('LibreOffice', hasLibreOffice, 'apt-get install libreoffice-writer-nogui')
    && requireClient('poppler-utils', hasPdfTools, 'apt-get install poppler-utils')
    && requireClient('python3-docx', () => hasPythonReaders('docx'), 'apt-get install python3-docx');
}
