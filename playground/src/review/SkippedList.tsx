import type { PlaygroundMessages } from '../messages.js';
import type { Locale } from '@govforms/core';
import { reasonIn, type SkippedFile } from './read-files.js';

/** Every file that was not read, by name, with its reason. */
export function SkippedList({ skipped, locale, t }: { skipped: readonly SkippedFile[]; locale: Locale; t: PlaygroundMessages }) {
  if (skipped.length === 0) return null;
  const w = t.review.files;
  return (
    <section className="pg-review-skipped" aria-labelledby="pg-review-skipped-title">
      <h2 id="pg-review-skipped-title">{w.skippedTitle({ count: skipped.length })}</h2>
      <ul>
        {skipped.map((s, i) => (
          <li key={i} data-skipped={s.file}>{w.skippedFile({ file: s.file, why: reasonIn(s, locale) })}</li>
        ))}
      </ul>
    </section>
  );
}
