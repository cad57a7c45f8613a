// The reference figure for bench/docx.bench.mjs: bare docxtemplater + pizzip rendering and
// zipping a minimal one-table template with `n` rows — no formatting, checks or styles.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const cell = (t) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>${cell('{#rows}{no}')}${cell('{category}')}${cell('{name}')}${cell('{year}')}${cell('{amount}{/rows}')}</w:tr></w:tbl></w:body></w:document>`;

export function bareDocxtemplaterTable(n) {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', DOCUMENT);
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  doc.render({ rows: Array.from({ length: n }, (_, i) => ({ no: i + 1, category: '开发费', name: `费用明细 ${i + 1}`, year: 2024, amount: '2,469.12' })) });
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
