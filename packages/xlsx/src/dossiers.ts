/**
 * `@govforms/xlsx/dossiers`: reading dossier files and the facts of each project's summary row,
 * without exceljs (a page can list a year's projects before, or without, writing a workbook).
 */
export { dossierFileSizeProblem, notUtf8Reason, readDossierBytes, readDossierText, type DossierFile } from './dossier-file.js';
export {
  projectFacts, readDossier, summarizeProject, summaryDossierProblem, type DossierProblem, type ProjectFacts, type ProjectSummary, type SummaryContext,
} from './projects-prepare.js';
export { projectsLabels, type ProjectsLabels } from './projects-labels.js';
