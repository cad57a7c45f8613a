import { checkDossier } from './check-dossier.js';
import { dossierKeys, findFormForDossierKey } from './forms/registry.js';
import { formTitle } from './forms/labels.js';
import { dossierDigest } from './provenance.js';
import type { Policy } from './rules/policy.js';
import { rulesVersion } from './rules/version.js';
import type { Dossier, Finding, Locale, ValidationResult } from './types.js';
import { validateForm } from './validation/validate-form.js';

export interface SectionReport extends ValidationResult { form: string; title: string }

/** A dossier checked as a whole: what `govforms check --json` prints and `POST /v1/check` answers. */
export interface DossierReport {
  today: string;
  /** Every section matches its form and no key is unknown. */
  valid: boolean;
  unknownSections: string[];
  /** Each section the dossier has, validated against its form (the registry says which form). */
  sections: Record<string, SectionReport>;
  findings: Finding[];
  summary: Record<Finding['severity'], number>;
  /** SHA-256 of the dossier's canonical JSON: the digest every generated file records. */
  digest: string;
  /** Version of the rule catalogue that made the findings. */
  rulesVersion: string;
}

/** Validates each section of a dossier (a plain object) against its form and runs the regulation's rules on it. */
export function dossierReport(dossier: Record<string, unknown>, opts: { today: string; locale: Locale; policy?: Partial<Policy> }): DossierReport {
  const { today, locale, policy } = opts;
  const known: readonly string[] = dossierKeys();
  const sections: Record<string, SectionReport> = {};
  for (const key of dossierKeys()) {
    const form = findFormForDossierKey(key);
    if (!form || !Object.hasOwn(dossier, key)) continue;
    sections[key] = { form: form.id, title: formTitle(form, locale), ...validateForm(form.id, dossier[key], { locale }) };
  }
  const findings = checkDossier(dossier as Dossier, { today, locale, ...(policy ? { policy } : {}) });
  const unknownSections = Object.keys(dossier).filter((k) => !known.includes(k));
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    today,
    valid: unknownSections.length === 0 && Object.values(sections).every((s) => s.valid),
    unknownSections,
    sections,
    findings,
    summary: { error: count('error'), warning: count('warning'), info: count('info') },
    digest: dossierDigest(dossier),
    rulesVersion,
  };
}
