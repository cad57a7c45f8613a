/**
 * Policy values the regulation refers to but does not fix. Override them per call
 * (`checkDossier(d, { policy })`) when the province or city publishes new figures.
 */
export interface Policy {
  /**
   * 政府采购限额标准 (art. 19), in yuan. Default 1,000,000 yuan, the limit for goods and
   * services in Jiangsu's current government procurement catalogue; update when it changes.
   */
  procurementLimitYuan: number;
  /**
   * Cloud-resource utilisation in percent below which art. 6 monitoring flags a system as
   * under-used. Default 30 %; the regulation sets no figure, 市大数据中心 does.
   */
  cloudUtilizationThresholdPercent: number;
}

export const defaultPolicy: Readonly<Policy> = Object.freeze({
  procurementLimitYuan: 1_000_000,
  cloudUtilizationThresholdPercent: 30,
});
