import { nextStep, nextStepText, projectTimeline, type Dossier, type Locale, type Stage } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readDossierArgs } from '../dossier-args.js';

const MARK: Record<Stage['status'], string> = { done: '✓', due: '→', overdue: '✗', 'not-yet': '·', 'not-applicable': '–' };

/** `govforms timeline <dossier.json> [--today D] [--json]`: the project's stages, what is due and what is late. */
export async function timelineCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const { dossier, today } = await readDossierArgs(args, io, t.arguments.timeline());
  const stages = projectTimeline(dossier as Dossier, { today, locale });
  const next = nextStep(stages, locale);
  if (args.flags.json) {
    io.stdout(`${JSON.stringify({ today, next: next ? { id: next.stage.id, message: next.message } : null, stages }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(`${t.timelineHeader({ today })}\n${stages.map((s) => `  ${MARK[s.status]} ${s.message}\n`).join('')}\n${nextStepText(next, locale)}\n`);
  return EXIT.ok;
}
