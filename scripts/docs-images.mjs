// Regenerates the pictures of docs/finance.md (on a built tree: `npm run build` first):
// - docs/images/projects-summary-sheet.png: page 1 of a projects summary workbook of six sample
//   projects, as LibreOffice prints it (xlsx → PDF → PNG, palette-reduced to stay small);
// - docs/images/review-*.png: the review page (#/review), taken by e2e/review.test.ts in chromium.
// Needs soffice, pdftoppm and Debian's Python with Pillow (Debian libreoffice-calc-nogui,
// poppler-utils, python3-pil, fonts-noto-cjk for the Chinese glyphs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleDossier } from '@govforms/core';
import { buildProjectsSummaryWorkbook } from '@govforms/xlsx';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = join(root, 'docs', 'images');
/**
 * The sheet is printed fit to the page's width, so the table is a band at the top of a
 * landscape page: keep that band (the page's top 80%, without the footer, its white margin
 * trimmed to 12 px; 200 dpi, so the small print stays readable when zoomed), with a 32-colour palette.
 */
const SHRINK = `
import sys
from PIL import Image, ImageChops, ImageOps
page = Image.open(sys.argv[1]).convert('RGB')
top = page.crop((0, 0, page.width, int(page.height * 0.8)))
box = ImageChops.difference(top, Image.new('RGB', top.size, 'white')).getbbox()
page = ImageOps.expand(top.crop(box), border=12, fill='white')
page.quantize(colors=32, method=Image.Quantize.MEDIANCUT).save(sys.argv[2], optimize=True)
`;
const run = (cmd, args, opts = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: 'inherit', ...opts });

/** Six projects of one year: the sample dossier under other names, units and amounts; one late, one with an error. */
function dossiers() {
  const units = ['宿迁市市场监督管理局', '宿迁市教育局', '宿迁市卫生健康委员会', '宿迁市交通运输局', '宿迁市民政局', '宿迁市住房和城乡建设局'];
  const names = ['食品安全智慧监管平台', '智慧教育云平台升级', '全民健康信息平台二期', '智慧交通综合管理平台', '养老服务信息平台', '城市建设档案数字化'];
  return names.map((name, i) => {
    const d = sampleDossier();
    d.application.projectName = `宿迁市${name}建设项目`;
    d.application.applicant.name = units[i];
    const extraFen = i * 123_456_78;
    d.budget.items.push({ category: 'other', name: '调整项', year: 2025, amount: extraFen / 100 });
    d.application.totalInvestment = (Math.round(d.application.totalInvestment * 100) + extraFen) / 100;
    if (i === 3) { delete d.completion; delete d.annualReport; delete d.performanceEvaluation; }
    if (i === 4) d.application.totalInvestment = 1_000_000;
    return d;
  });
}

async function summarySheetPicture() {
  const dir = mkdtempSync(join(tmpdir(), 'govforms-docs-images-'));
  try {
    const xlsx = join(dir, '项目汇总表.xlsx');
    writeFileSync(xlsx, await buildProjectsSummaryWorkbook(dossiers(), { today: '2026-11-29', generatedAt: new Date('2026-11-29T02:00:00Z') }));
    run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    run('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', join(dir, '项目汇总表.pdf'), join(dir, 'page')]);
    const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    const out = join(images, 'projects-summary-sheet.png');
    // A page of text in a few greys and the header's colour: a 32-colour palette keeps it sharp and small.
    run('/usr/bin/python3', ['-c', SHRINK, join(dir, page), out]);
    console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await summarySheetPicture();
if (process.argv.includes('--sheet-only')) process.exit(0);
run('npx', ['vitest', 'run', '--project', 'e2e', 'e2e/review.test.ts'], { cwd: root, env: { ...process.env, GOVFORMS_DOCS_SCREENSHOTS: '1' } });
// Screenshots in a 128-colour palette: text stays crisp at a third of the size.
for (const name of ['review-table.png', 'review-project.png']) {
  const path = join(images, name);
  run('/usr/bin/python3', ['-c', `import sys\nfrom PIL import Image\nImage.open(sys.argv[1]).convert('RGB').quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(sys.argv[1], optimize=True)`, path]);
  console.log(`${path}: ${(statSync(path).size / 1024).toFixed(0)} KB`);
}
