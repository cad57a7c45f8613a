import { art06CloudUtilization } from './art06-cloud-utilization.js';
import { art07Cloud } from './art07-cloud.js';
import { art08Platform } from './art08-platform.js';
import { art09DataSharing } from './art09-data-sharing.js';
import { art12Deadline } from './art12-deadline.js';
import { art13Authority } from './art13-authority.js';
import { art14Budget } from './art14-budget.js';
import { art14Materials } from './art14-materials.js';
import { art14Plan } from './art14-plan.js';
import { art14Prohibited } from './art14-prohibited.js';
import { art17Budget } from './art17-budget.js';
import { art19Procurement } from './art19-procurement.js';
import { art20Approval } from './art20-approval.js';
import { art23Change } from './art23-change.js';
import { art24ProcurementGates } from './art24-procurement-gates.js';
import { art25Supervision } from './art25-supervision.js';
import { art28Acceptance } from './art28-acceptance.js';
import { art29Acceptance } from './art29-acceptance.js';
import { art30Materials } from './art30-materials.js';
import { art31CompletionReport } from './art31-completion-report.js';
import { art33Warranty } from './art33-warranty.js';
import { art36AnnualReport } from './art36-annual-report.js';
import { art36PerformanceEvaluation } from './art36-performance-evaluation.js';
import { dateOrderRule } from './date-order.js';
import type { Rule } from './types.js';

/** Every rule of 宿政办发〔2024〕45号 that govforms checks, in article order. */
export const rules: readonly Rule[] = [
  art06CloudUtilization,
  art07Cloud,
  art08Platform,
  art09DataSharing,
  art12Deadline,
  art13Authority,
  art14Materials,
  art14Plan,
  art14Prohibited,
  art14Budget,
  dateOrderRule(16),
  art17Budget,
  dateOrderRule(18),
  art19Procurement,
  dateOrderRule(19),
  art20Approval,
  art23Change,
  art24ProcurementGates,
  dateOrderRule(24),
  art25Supervision,
  art28Acceptance,
  art29Acceptance,
  dateOrderRule(29),
  art30Materials,
  art31CompletionReport,
  dateOrderRule(31),
  art33Warranty,
  art36PerformanceEvaluation,
  art36AnnualReport,
];
