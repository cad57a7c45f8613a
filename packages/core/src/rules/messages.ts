/**
 * Every finding's words, zh-CN first and English second. Keys are the findings' ruleIds.
 * Amounts arrive formatted ("4,000,000.01 元"), document kinds as their names.
 */
import type { Locale } from '../types.js';

export type MessageParams = Record<string, string | number>;
type Text = (p: MessageParams) => string;

const s = (v: string | number | undefined) => String(v ?? '');

export const ruleMessages = {
  'art6.low-cloud-utilization': {
    'zh-CN': (p: MessageParams) => `云资源使用率为 ${s(p.value)}%，低于 ${s(p.threshold)}% 的监测线：云资源使用率低的系统可能被强制收回云资源、关停，后续建设或运维项目不予审批（第六条）`,
    en: (p: MessageParams) => `Cloud utilisation is ${s(p.value)}%, below the ${s(p.threshold)}% monitoring line: under-used systems may lose their cloud resources and later projects are not approved (art. 6)`,
  },
  'art7.on-premise': {
    'zh-CN': () => '非涉密业务应用系统应基于全市统一政务云部署运行，不得自建机房或本地部署（第七条、第十四条第四项）',
    en: () => 'Non-classified systems must run on the unified government cloud, not on premises (art. 7, art. 14(4))',
  },
  'art7.cloud-not-assessed': {
    'zh-CN': () => '采购其他云计算服务的，应委托通过《云计算服务安全评估办法》评估的服务商（第七条）',
    en: () => 'Another cloud may only be used with a provider that passed the cloud computing service security assessment (art. 7)',
  },
  'art8.no-platform-integration': {
    'zh-CN': () => '项目未对接市级信息化项目管理平台，也未预留数据接口：不具备接入条件的项目不予审批（第八条）',
    en: () => 'The project neither connects to nor reserves an interface for the municipal IT-project platform: such projects are not approved (art. 8)',
  },
  'art9.no-data-sharing': {
    'zh-CN': () => '未承诺落实数据共享开放要求的项目不予批准建设（第九条）',
    en: () => 'Projects that do not commit to data sharing are not approved (art. 9)',
  },
  'art12.late-submission': {
    'zh-CN': (p: MessageParams) => `申报日期 ${s(p.submittedOn)} 晚于 ${s(p.deadline)}：申报单位应于每年 9 月底前提交下一年度项目建设计划，逾期申报的项目不列入 ${s(p.planYear)} 年度清单（第十二条）`,
    en: (p: MessageParams) => `Submitted on ${s(p.submittedOn)}, after ${s(p.deadline)}: plans for the next year are due by the end of September; late projects are not listed for ${s(p.planYear)} (art. 12)`,
  },
  'art12.deadline-passed': {
    'zh-CN': (p: MessageParams) => `${s(p.planYear)} 年度项目的申报截止日 ${s(p.deadline)} 已过：如今天申报，将不列入年度清单（第十二条）`,
    en: (p: MessageParams) => `The deadline ${s(p.deadline)} for ${s(p.planYear)} has passed: a submission today would not be listed (art. 12)`,
  },
  'art12.mandated-exception': {
    'zh-CN': (p: MessageParams) => `申报日期晚于 ${s(p.deadline)}，但属于国家、省有明确建设要求且必须在当年实施的项目，可不受申报期限制（第十二条）`,
    en: (p: MessageParams) => `Submitted after ${s(p.deadline)}, but mandated by the state or province for this year, so the deadline does not apply (art. 12)`,
  },
  'art13.supervising-authority-missing': {
    'zh-CN': () => '公共事业单位的信息化项目由行业主管部门归口管理、审核把关后统一申报，请填写行业主管部门（第十三条）',
    en: () => 'Public institutions apply through their supervising authority: name it (art. 13)',
  },
  'art13.lead-department-missing': {
    'zh-CN': () => '跨地区、跨部门、跨领域共建共享的项目应由项目牵头部门申报，请填写牵头部门（第十三条）',
    en: () => 'Cross-department projects are filed by the lead department: name it (art. 13)',
  },
  'art13.co-builders-missing': {
    'zh-CN': () => '跨部门共建共享的项目应由牵头部门会同共建部门形成建设方案，请填写共建部门（第十三条）',
    en: () => 'Cross-department projects list their co-building departments (art. 13)',
  },
  'art14.materials-missing': {
    'zh-CN': (p: MessageParams) => `申报材料不全，缺少：${s(p.docs)}（第十四条）`,
    en: (p: MessageParams) => `Application materials missing: ${s(p.docs)} (art. 14)`,
  },
  'art14.independent-chapter-missing': {
    'zh-CN': (p: MessageParams) => `建设方案必须包括独立的“${s(p.chapter)}”篇章（第十四条第五项）`,
    en: (p: MessageParams) => `The construction plan must have an independent chapter "${s(p.chapter)}" (art. 14(5))`,
  },
  'art14.chapter-missing': {
    'zh-CN': (p: MessageParams) => `建设方案缺少“${s(p.chapter)}”的内容（第十四条第一项）`,
    en: (p: MessageParams) => `The construction plan lacks "${s(p.chapter)}" (art. 14(1))`,
  },
  'art14.sharing-catalog-empty': {
    'zh-CN': () => '已承诺数据共享，但数据共享开放清单为空：应对数据共享开放清单作详细说明（第十四条第五项）',
    en: () => 'Data sharing is committed but the sharing catalogue is empty: list the data to share (art. 14(5))',
  },
  'art14.secure-reliable': {
    'zh-CN': () => '项目应当采购安全可靠的软硬件产品（第十四条第七项）',
    en: () => 'The project must procure secure and reliable software and hardware (art. 14(7))',
  },
  'art14.outsourcing-security': {
    'zh-CN': () => '项目必须符合党政部门数字化建设中外包活动网络安全管理规定要求（第十四条第八项）',
    en: () => 'The project must follow the cybersecurity rules for outsourcing in government digital projects (art. 14(8))',
  },
  'art14.classified-separation-missing': {
    'zh-CN': () => '涉密项目应将涉密部分与非涉密部分拆分说明，不得在涉密项目中夹杂非密内容（第十四条第六项）',
    en: () => 'Classified projects must describe their classified and non-classified parts separately (art. 14(6))',
  },
  'art14.machine-room': {
    'zh-CN': () => '不得申报新建或扩建机房的项目（第十四条第四项）',
    en: () => 'Projects that build or extend a machine room may not be filed (art. 14(4))',
  },
  'art14.video-conference': {
    'zh-CN': () => '不得申报采购视频会议系统的项目（第十四条第四项）',
    en: () => 'Projects that buy a video-conference system may not be filed (art. 14(4))',
  },
  'art14.mobile-app': {
    'zh-CN': () => '不得申报新建 APP、小程序、快应用等移动互联网应用的项目（第十四条第四项）',
    en: () => 'Projects that build a new app, mini-program or quick app may not be filed (art. 14(4))',
  },
  'art14.data-resources-missing': {
    'zh-CN': () => '项目内容包含数据资源的，应在预算中列明数据清单和成本费用（第十四条第二项）',
    en: () => 'A project with data resources must list them with their costs in the budget (art. 14(2))',
  },
  'art14.budget-year-missing': {
    'zh-CN': (p: MessageParams) => `分年度实施的项目应明确分年度预算：有 ${s(p.count)} 条费用明细未填写年度（第十四条第二项）`,
    en: (p: MessageParams) => `A multi-year project needs a budget per year: ${s(p.count)} line item(s) have no year (art. 14(2))`,
  },
  'art14.budget-total-mismatch': {
    'zh-CN': (p: MessageParams) => `预算合计 ${s(p.budgetTotal)} 与申报表总投资 ${s(p.totalInvestment)} 不一致，相差 ${s(p.difference)}（第十四条第二项）`,
    en: (p: MessageParams) => `The budget adds up to ${s(p.budgetTotal)}, not the total investment ${s(p.totalInvestment)} (difference ${s(p.difference)}) (art. 14(2))`,
  },
  'art14.item-amount-mismatch': {
    'zh-CN': (p: MessageParams) => `费用明细第${s(p.item)}项“${s(p.name)}”：金额 ${s(p.amount)} 不等于数量 × 单价 ${s(p.expected)}（第十四条第二项）`,
    en: (p: MessageParams) => `Line item ${s(p.item)} "${s(p.name)}": amount ${s(p.amount)} is not quantity × unit price ${s(p.expected)} (art. 14(2))`,
  },
  'art19.technical-review': {
    'zh-CN': (p: MessageParams) => `总投资 ${s(p.total)} 达到政府采购限额标准 ${s(p.limit)}：纳入年度清单后，实施前须将项目方案报市大数据中心审核（第十九条）`,
    en: (p: MessageParams) => `Total investment ${s(p.total)} reaches the procurement limit ${s(p.limit)}: the plan must be reviewed by the municipal big-data centre before implementation (art. 19)`,
  },
  'art19.bid-control-price': {
    'zh-CN': () => '重点项目技术方案审核通过后，还应经市财政局审核确定招标控制价；预算超过招标控制价的部分由市财政收回（第十九条）',
    en: () => 'Key projects also need the bid control price set by the municipal finance bureau after the technical review (art. 19)',
  },
  'art20.approval-documents': {
    'zh-CN': (p: MessageParams) => `总投资 ${s(p.total)} 超过 400 万元且使用预算安排资金的建设类项目，需编报${s(p.docs)}，提交市发展改革委履行立项审批手续；可行性研究报告、初步设计方案应当包括信息资源共享分析和网络安全建设方案篇（章）（第二十条）${p.missing ? `。尚未提交：${s(p.missing)}` : ''}`,
    en: (p: MessageParams) => `A construction project with budget funds and a total investment of ${s(p.total)} (over 4,000,000 yuan) needs ${s(p.docs)} for approval by the development and reform commission; the feasibility study and preliminary design include data-sharing and cybersecurity chapters (art. 20)${p.missing ? `. Not yet supplied: ${s(p.missing)}` : ''}`,
  },
  'art20.combined-submission': {
    'zh-CN': () => '总投资 1000 万元以下的项目，可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算（第二十条第二款第三项）',
    en: () => 'Below 10,000,000 yuan the proposal, feasibility study, preliminary design and estimate may be filed together (art. 20 ¶2(3))',
  },
  'art23.filing-allowed': {
    'zh-CN': (p: MessageParams) => `调整金额 ${s(p.adjustment)} 在允许范围内（不超过 500 万元或不超过合同金额 10%），可由申报单位调整，同时报市数据局、市发展改革委、市财政局备案（第二十三条）`,
    en: (p: MessageParams) => `The adjustment of ${s(p.adjustment)} is within the limits (at most 5,000,000 yuan or 10% of the contract): adjust and file it with the data bureau, the development and reform commission and the finance bureau (art. 23)`,
  },
  'art23.reapply': {
    'zh-CN': (p: MessageParams) => `该调整不能备案，应重新履行项目申报程序：${s(p.reasons)}（第二十三条）`,
    en: (p: MessageParams) => `This change cannot be filed for the record; re-apply: ${s(p.reasons)} (art. 23)`,
  },
  'art25.supervision-budget-missing': {
    'zh-CN': (p: MessageParams) => `投资预算 ${s(p.total)} 超过 100 万元的建设类项目应实行工程监理制，预算中应列监理费（第二十五条）`,
    en: (p: MessageParams) => `A construction project over 1,000,000 yuan (${s(p.total)}) needs engineering supervision: budget a supervision fee (art. 25)`,
  },
  'art25.supervision-contract': {
    'zh-CN': () => '项目应委托具备相应资质的信息系统工程监理单位，并签订工程监理合同（第二十五条）',
    en: () => 'Engage a qualified IT engineering supervisor under a supervision contract (art. 25)',
  },
  'art25.supervision-contract-missing': {
    'zh-CN': () => '验收材料中缺少工程监理合同：投资预算超过 100 万元的建设类项目应实行工程监理制（第二十五条）',
    en: () => 'The completion materials lack the engineering supervision contract required above 1,000,000 yuan (art. 25)',
  },
  'art29.acceptance-too-early': {
    'zh-CN': (p: MessageParams) => `竣工验收日期 ${s(p.acceptance)} 距上线试运行 ${s(p.trialStart)} 仅 ${s(p.days)} 天：${s(p.kind)}应在试运行 ${s(p.minDays)} 天后进行竣工验收，最早 ${s(p.earliest)}（第二十九条）`,
    en: (p: MessageParams) => `Acceptance on ${s(p.acceptance)} is only ${s(p.days)} days after the trial start ${s(p.trialStart)}: at least ${s(p.minDays)} days are required, so ${s(p.earliest)} at the earliest (art. 29)`,
  },
  'art29.acceptance-too-late': {
    'zh-CN': (p: MessageParams) => `竣工验收日期 ${s(p.acceptance)} 超过试运行开始后一年（${s(p.latest)}）：试运行至完成竣工验收的时间最长不超过一年（第二十九条）`,
    en: (p: MessageParams) => `Acceptance on ${s(p.acceptance)} is more than a year after the trial start (latest ${s(p.latest)}) (art. 29)`,
  },
  'art29.acceptance-overdue': {
    'zh-CN': (p: MessageParams) => `试运行自 ${s(p.trialStart)} 开始已超过一年（截至 ${s(p.latest)}）仍未竣工验收（第二十九条）`,
    en: (p: MessageParams) => `The trial run started ${s(p.trialStart)} and acceptance is overdue since ${s(p.latest)} (art. 29)`,
  },
  'art31.report-late': {
    'zh-CN': (p: MessageParams) => `验收报告备案日期 ${s(p.filedOn)} 超过竣工验收后 30 天（${s(p.deadline)}）（第三十一条）`,
    en: (p: MessageParams) => `The acceptance report was filed on ${s(p.filedOn)}, more than 30 days after acceptance (${s(p.deadline)}) (art. 31)`,
  },
  'art31.report-overdue': {
    'zh-CN': (p: MessageParams) => `竣工验收报告应于 ${s(p.deadline)} 前提交市数据局备案，现已逾期（第三十一条）`,
    en: (p: MessageParams) => `The acceptance report was due by ${s(p.deadline)} and is overdue (art. 31)`,
  },
  'art31.materials-missing': {
    'zh-CN': (p: MessageParams) => `提交验收报告时应附的材料不全，缺少：${s(p.docs)}（第三十一条）`,
    en: (p: MessageParams) => `Acceptance report attachments missing: ${s(p.docs)} (art. 31)`,
  },
  'art31.archive-not-accepted': {
    'zh-CN': () => '未经档案验收或档案验收不合格的，不得通过项目验收（第三十一条）',
    en: () => 'Without a passed archive acceptance the project cannot pass acceptance (art. 31)',
  },
  'art33.warranty-too-short': {
    'zh-CN': (p: MessageParams) => `质保期 ${s(p.years)} 年不足：实施单位应自竣工验收通过之日起提供不少于三年质保服务（第三十三条）`,
    en: (p: MessageParams) => `A warranty of ${s(p.years)} years is too short: at least three years from acceptance (art. 33)`,
  },
  'art36.section-missing': {
    'zh-CN': (p: MessageParams) => `年度运维服务情况报表缺少“${s(p.section)}”（第三十六条）`,
    en: (p: MessageParams) => `The annual O&M report lacks "${s(p.section)}" (art. 36)`,
  },
  'art36.submitted-before-cycle-end': {
    'zh-CN': (p: MessageParams) => `报送日期 ${s(p.submittedOn)} 早于运维周期结束日 ${s(p.cycleEnd)}：应在每个运维期结束后提交年度运维服务情况报表（第三十六条）`,
    en: (p: MessageParams) => `Submitted on ${s(p.submittedOn)}, before the cycle ends on ${s(p.cycleEnd)}: report after each O&M cycle (art. 36)`,
  },
} satisfies Record<string, Record<Locale, Text>>;

export type MessageId = keyof typeof ruleMessages;

/** Words used inside messages: names of things, joined lists. */
export const ruleWords = {
  'zh-CN': {
    listSeparator: '、', yuan: (amount: string) => `${amount} 元`,
    softwareProject: '软件开发项目', project: '项目',
    reapply: {
      overBidPrice: '投资规模超出招标控制价',
      tooLarge: (adj: string, contract: string) => `调整金额 ${adj} 超过 500 万元且超过合同金额 ${contract} 的 10%`,
      reason: '调整情形不属于第二十三条所列三种情形',
    },
  },
  en: {
    listSeparator: ', ', yuan: (amount: string) => `${amount} yuan`,
    softwareProject: 'a software project', project: 'the project',
    reapply: {
      overBidPrice: 'the investment exceeds the bid control price',
      tooLarge: (adj: string, contract: string) => `the adjustment ${adj} exceeds 5,000,000 yuan and 10% of the contract ${contract}`,
      reason: 'the reason is none of the three listed in art. 23',
    },
  },
} as const;
