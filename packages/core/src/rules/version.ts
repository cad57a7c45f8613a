/**
 * Version of the rule catalogue, printed in every generated file and in `govforms check --json`.
 * Bump it when a rule is added or removed or a rule's outcome changes, and record why in
 * docs/rules.md (规则版本).
 */
export const rulesVersion = '1.1.0';
