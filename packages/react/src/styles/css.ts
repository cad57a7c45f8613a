import { v } from './theme.js';

/**
 * govforms' stylesheet. Every selector is a `gf-` class: nothing styles the host page.
 * Exported for hosts that render into a shadow root themselves.
 */
export const govformsCss = `
.gf-root, .gf-findings { font-family: ${v('font')}; font-size: ${v('font-size')}; line-height: 1.6; color: ${v('text')}; }
.gf-root *, .gf-root *::before, .gf-root *::after { box-sizing: border-box; }
.gf-layout { display: grid; gap: 24px; align-items: start; }
.gf-layout--findings { grid-template-columns: minmax(0, 1fr) minmax(15rem, 18rem); }
@media (max-width: 960px) { .gf-layout--findings { grid-template-columns: minmax(0, 1fr); } }
.gf-main { min-width: 0; }
.gf-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

/* wizard */
.gf-steps { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.gf-step { display: flex; align-items: center; gap: 8px; padding: 6px 12px 6px 6px; border: 1px solid ${v('border-light')}; border-radius: 999px;
  background: ${v('background')}; color: ${v('text')}; font: inherit; font-size: 0.93em; cursor: pointer; }
.gf-step:hover { border-color: ${v('primary')}; }
.gf-step[aria-current="step"] { border-color: ${v('primary')}; background: ${v('info-surface')}; font-weight: 600; }
.gf-step-number { display: inline-flex; width: 24px; height: 24px; border-radius: 50%; align-items: center; justify-content: center;
  background: ${v('surface')}; border: 1px solid ${v('border')}; font-size: 0.85em; font-weight: 600; }
.gf-step[aria-current="step"] .gf-step-number { background: ${v('primary')}; border-color: ${v('primary')}; color: ${v('primary-text')}; }
.gf-step-status { font-size: 0.85em; font-weight: normal; }
.gf-step--issues .gf-step-status { color: ${v('error')}; }
.gf-step--ok .gf-step-number { background: ${v('background')}; border-color: ${v('success')}; color: ${v('success')}; }
.gf-progress { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 0 0 16px; color: ${v('muted')}; font-size: 0.9em; }
.gf-progress-bar { flex: 1 1 8rem; height: 6px; border-radius: 3px; background: ${v('border-light')}; overflow: hidden; }
.gf-progress-fill { height: 100%; background: ${v('success')}; transition: width .2s; }
.gf-step-panel { border: 1px solid ${v('border-light')}; border-radius: ${v('radius')}; padding: 16px 20px; background: ${v('background')}; }
.gf-step-title { margin: 0 0 12px; font-size: 1.3em; }
.gf-step-title:focus { outline: none; }
.gf-step-title:focus-visible { outline: 3px solid ${v('focus')}; outline-offset: 2px; }
.gf-wizard-nav { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin-top: 16px; flex-wrap: wrap; }
.gf-wizard-end { margin: 0; color: ${v('muted')}; }

/* layouts */
.gf-vertical { display: flex; flex-direction: column; gap: 4px; }
.gf-horizontal { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0 16px; align-items: start; }
.gf-group { margin: 8px 0 12px; padding-top: 4px; }
.gf-group + .gf-group { border-top: 1px solid ${v('border-light')}; padding-top: 12px; }
.gf-group-title { margin: 0 0 8px; font-size: 1.08em; color: ${v('primary')}; }

/* fields */
.gf-field { margin: 0 0 14px; padding: 0; border: 0; min-width: 0; }
.gf-label { display: block; padding: 0; margin: 0 0 4px; font-weight: 600; }
.gf-required { color: ${v('error')}; margin-left: 2px; }
.gf-help { margin: 0 0 6px; color: ${v('muted')}; font-size: 0.88em; line-height: 1.5; }
.gf-input { display: block; width: 100%; max-width: 40rem; padding: 7px 10px; font: inherit; color: ${v('text')};
  background: ${v('background')}; border: 1px solid ${v('border')}; border-radius: ${v('radius')}; }
.gf-input:focus-visible, .gf-button:focus-visible, .gf-step:focus-visible, .gf-link:focus-visible, .gf-radio:focus-visible, .gf-checkbox:focus-visible, .gf-item-title:focus-visible {
  outline: 3px solid ${v('focus')}; outline-offset: 1px; }
.gf-input:disabled { background: ${v('surface')}; color: ${v('muted')}; }
.gf-input[aria-invalid="true"] { border-color: ${v('error')}; box-shadow: inset 0 0 0 1px ${v('error')}; }
.gf-textarea { max-width: none; resize: vertical; min-height: 6em; }
.gf-input--date { max-width: 12rem; }
.gf-input--number { max-width: 12rem; }
.gf-input-affix { display: flex; align-items: stretch; max-width: 20rem; }
.gf-input-affix .gf-input { border-top-right-radius: 0; border-bottom-right-radius: 0; text-align: right; font-variant-numeric: tabular-nums; }
.gf-affix { display: flex; align-items: center; padding: 0 10px; border: 1px solid ${v('border')}; border-left: 0;
  border-radius: 0 ${v('radius')} ${v('radius')} 0; background: ${v('surface')}; color: ${v('muted')}; }
.gf-money-wan, .gf-count { margin: 4px 0 0; color: ${v('muted')}; font-size: 0.88em; }
.gf-money-wan:empty { display: none; }
.gf-count--over { color: ${v('error')}; font-weight: 600; }
.gf-error { color: ${v('error')}; font-size: 0.9em; }
.gf-error p { margin: 4px 0 0; }
.gf-error p::before { content: "⚠ "; }
.gf-choices { display: flex; flex-direction: column; gap: 2px; }
.gf-choices--inline { flex-direction: row; flex-wrap: wrap; gap: 4px 20px; }
.gf-choice { display: inline-flex; align-items: flex-start; gap: 6px; cursor: pointer; padding: 2px 0; }
.gf-radio, .gf-checkbox { width: 18px; height: 18px; margin: 3px 0 0; accent-color: ${v('primary')}; flex: none; }
.gf-field--boolean { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 16px; padding: 8px 0; border-bottom: 1px dashed ${v('border-light')}; }
.gf-field--boolean > .gf-label { grid-column: 1; font-weight: normal; float: left; }
.gf-field--boolean > .gf-help, .gf-field--boolean > .gf-error { grid-column: 1 / span 2; }
.gf-field--boolean > .gf-choices { grid-column: 2; grid-row: 1; }
.gf-checklist { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 2px 16px; }
.gf-checklist--columns { grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.gf-check--required .gf-choice span:first-of-type { font-weight: 600; }
.gf-tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 4px; font-size: 0.8em; background: ${v('surface')}; color: ${v('muted')}; }
.gf-tag--warning { background: ${v('warning-surface')}; color: ${v('warning')}; border: 1px solid ${v('warning')}; }
.gf-list { margin: 6px 0; padding-left: 1.6em; }
.gf-list-item { margin-bottom: 6px; }
.gf-list-item .gf-input { display: inline-block; width: auto; min-width: 16rem; margin-right: 8px; }
.gf-items { list-style: none; margin: 6px 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.gf-item { border: 1px solid ${v('border-light')}; border-radius: ${v('radius')}; padding: 10px 14px; background: ${v('surface')}; }
.gf-item-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
.gf-item-title { margin: 0; font-size: 1em; }
.gf-empty { color: ${v('muted')}; margin: 4px 0; }
.gf-unknown { color: ${v('warning')}; }

/* buttons */
.gf-button { display: inline-flex; align-items: center; gap: 4px; padding: 6px 14px; font: inherit; border-radius: ${v('radius')};
  border: 1px solid ${v('border')}; background: ${v('background')}; color: ${v('text')}; cursor: pointer; }
.gf-button:hover:not(:disabled) { border-color: ${v('primary')}; color: ${v('primary')}; }
.gf-button:disabled { opacity: .45; cursor: not-allowed; }
.gf-button--primary { background: ${v('primary')}; border-color: ${v('primary')}; color: ${v('primary-text')}; }
.gf-button--primary:hover:not(:disabled) { color: ${v('primary-text')}; filter: brightness(1.12); }
.gf-button--small { padding: 1px 8px; font-size: 0.85em; }
.gf-button--danger { color: ${v('error')}; }
.gf-row-actions { display: inline-flex; gap: 4px; }
.gf-link { padding: 0; border: 0; background: none; font: inherit; color: ${v('primary')}; text-decoration: underline; cursor: pointer; }
.gf-notice { margin: 8px 0; padding: 8px 12px; border-radius: ${v('radius')}; background: ${v('info-surface')}; border-left: 4px solid ${v('info')}; }
.gf-notice .gf-button { margin-left: 8px; }
.gf-notice--error { background: ${v('error-surface')}; border-left-color: ${v('error')}; }

/* budget */
.gf-table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
.gf-table caption { text-align: left; font-weight: 600; padding: 4px 0; }
.gf-table th, .gf-table td { border: 1px solid ${v('border-light')}; padding: 4px 6px; vertical-align: top; }
.gf-table thead th { background: ${v('surface')}; font-size: 0.88em; text-align: left; white-space: nowrap; }
.gf-table-scroll { overflow-x: auto; max-width: 100%; contain: content; }
/* The budget scrolls in its own box, so its column headers stay in view (sticky) and the total above it never covers a row. */
.gf-budget { container: gf-budget / inline-size; }
.gf-budget-scroll { overflow: auto; max-height: max(20rem, calc(100vh - 12rem)); scroll-padding-top: 2.6em; contain: layout paint; }
.gf-budget-table { font-size: 0.93em; table-layout: fixed; min-width: 54rem; }
.gf-budget-table th, .gf-budget-table td { padding: 3px 4px; vertical-align: top; }
.gf-budget-table thead th { position: sticky; top: 0; z-index: 2; white-space: normal; vertical-align: bottom; box-shadow: inset 0 -1px 0 ${v('border-light')}; }
.gf-budget-spacer td { padding: 0; border: 0; }
.gf-col--index { width: 2.6em; }
.gf-col--year { width: 4.3em; }
.gf-col--quantity { width: 4.6em; }
.gf-col--note { width: 8em; }
.gf-col--unitPrice { width: 7.5em; }
.gf-col--amount { width: 8.6em; }
.gf-col--category { width: 7.5em; }
.gf-root:lang(en) .gf-col--category { width: 11em; }
.gf-col--actions { width: 6.4em; }
.gf-summary-table tbody th { text-align: left; font-weight: normal; }
.gf-budget-index { width: 2.2em; text-align: right; font-weight: normal; color: ${v('muted')}; padding-top: 8px !important; }
.gf-cell { width: 100%; max-width: none; padding: 3px 5px; }
.gf-cell--wrap { resize: none; overflow: hidden; field-sizing: content; min-height: 0; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
.gf-cell--quantity, .gf-cell--unitPrice, .gf-cell--amount { text-align: right; }
.gf-cell-error { display: block; color: ${v('error')}; font-size: 0.82em; }
.gf-cell-hint { display: block; color: ${v('warning')}; font-size: 0.82em; }
.gf-cell-hint .gf-link { margin-left: 4px; font-size: inherit; }
.gf-budget-actions { white-space: nowrap; }
.gf-budget-actions .gf-button--small { padding: 1px 5px; }
.gf-budget-total { margin: 8px 0; padding: 8px 12px; border-radius: ${v('radius')};
  background: ${v('info-surface')}; border: 1px solid ${v('primary')}; font-weight: 600; color: ${v('primary')}; }
.gf-budget-keys { margin-top: 0; }
/* Narrow (a phone, a slim embed): each row is a card of label: value pairs, nothing scrolls sideways. */
@container gf-budget (max-width: 40rem) {
  .gf-budget-scroll { overflow-x: hidden; }
  .gf-budget-table, .gf-budget-table tbody, .gf-budget-table tr, .gf-budget-table td, .gf-budget-table tbody th { display: block; width: auto; min-width: 0; }
  .gf-budget-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .gf-budget-table colgroup { display: none; }
  .gf-budget-table caption { display: block; }
  .gf-budget-table .gf-budget-row { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px 10px; margin: 0 0 10px; padding: 8px 10px;
    border: 1px solid ${v('border-light')}; border-radius: ${v('radius')}; }
  .gf-budget-table .gf-budget-row > * { border: 0; padding: 0; }
  .gf-budget-row > .gf-budget-index { grid-column: 1 / -1; text-align: left; font-weight: 600; padding: 0 !important; }
  .gf-budget-row > .gf-budget-index::before { content: "#"; }
  .gf-budget-cell::before { content: attr(data-label); display: block; font-size: 0.82em; color: ${v('muted')}; }
  .gf-budget-cell--name, .gf-budget-cell--note, .gf-budget-actions { grid-column: 1 / -1; }
  .gf-budget-spacer { display: block; }
  .gf-budget-spacer td { display: block; }
}
.gf-budget-summary { margin-top: 16px; }
.gf-summary-table { max-width: 48rem; }
.gf-num { text-align: right; white-space: nowrap; }
.gf-summary-table tfoot th, .gf-summary-table tfoot td { background: ${v('surface')}; }
.gf-summary-grand th, .gf-summary-grand td { font-weight: 700; }

/* findings */
.gf-findings { border: 1px solid ${v('border-light')}; border-radius: ${v('radius')}; padding: 14px 16px; background: ${v('background')}; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto; }
.gf-findings-title { margin: 0; font-size: 1.15em; }
.gf-findings-source { margin: 2px 0 8px; color: ${v('muted')}; font-size: 0.82em; }
.gf-findings-summary { margin: 0 0 8px; font-weight: 600; }
.gf-findings-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.gf-finding { padding: 8px 10px; border-radius: ${v('radius')}; border-left: 4px solid ${v('info')}; background: ${v('info-surface')}; }
.gf-finding--error { border-left-color: ${v('error')}; background: ${v('error-surface')}; }
.gf-finding--warning { border-left-color: ${v('warning')}; background: ${v('warning-surface')}; }
.gf-finding-head { margin: 0; display: flex; gap: 8px; align-items: center; }
.gf-finding-message, .gf-finding-requires { margin: 4px 0 0; font-size: 0.92em; }
.gf-finding-go { margin-top: 4px; font-size: 0.9em; }
.gf-badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 0.8em; font-weight: 600; color: #fff; background: ${v('info')}; }
.gf-badge--error { background: ${v('error')}; }
.gf-badge--warning { background: ${v('warning')}; }
.gf-article { font-weight: 600; font-size: 0.9em; }

/* the side column: findings, and the timeline when shown */
.gf-side { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto; display: flex; flex-direction: column; gap: 12px; }
.gf-side > .gf-findings { position: static; max-height: none; overflow: visible; }
.gf-findings-list[hidden] { display: none; }
.gf-findings-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.gf-steps-menu { display: none; }
/* A phone (the form narrower than 640 px, see use-narrow.ts): the steps are a menu, the findings a summary above the form
   (it opens), the timeline after it. */
.gf-root[data-gf-narrow] .gf-layout--findings { display: flex; flex-direction: column; align-items: stretch; gap: 12px; }
.gf-root[data-gf-narrow] .gf-side { display: contents; }
.gf-root[data-gf-narrow] .gf-side > .gf-findings { order: -1; padding: 10px 12px; }
.gf-root[data-gf-narrow] .gf-findings-summary { margin: 4px 0 0; }
.gf-root[data-gf-narrow] .gf-findings-list:not([hidden]) { margin-top: 8px; }
.gf-root[data-gf-narrow] .gf-steps { display: none; }
.gf-root[data-gf-narrow] .gf-steps-menu { display: flex; flex-direction: column; gap: 4px; margin: 0 0 8px; }
.gf-root[data-gf-narrow] .gf-steps-menu-label { font-size: 0.9em; color: ${v('muted')}; }
.gf-timeline { border: 1px solid ${v('border-light')}; border-radius: ${v('radius')}; padding: 14px 16px; background: ${v('background')}; }
.gf-timeline-title { margin: 0; font-size: 1.15em; }
.gf-timeline-next { margin: 0 0 8px; font-weight: 600; color: ${v('primary')}; }
.gf-timeline-next--overdue { color: ${v('error')}; }
.gf-timeline-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.gf-stage { display: flex; gap: 8px; align-items: baseline; font-size: 0.88em; }
.gf-stage[aria-current] { font-weight: 600; }
.gf-stage-status { flex: none; }
.gf-stage-status--done { background: ${v('success')}; }
.gf-stage-status--overdue { background: ${v('error')}; }
.gf-stage-status--not-yet { background: ${v('muted')}; }
.gf-timeline-skipped { margin: 8px 0 0; color: ${v('muted')}; font-size: 0.82em; }
`;
