import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf, sample } from '../../test-support/rules.js';

const plan = (fields: Record<string, unknown>) => dossierWith({ constructionPlan: fields });

describe('art. 14(5): the plan has independent data-sharing and cybersecurity analyses', () => {
  test.each([
    ['dataSharingAnalysis', 'data-sharing-analysis', '数据共享需求分析'],
    ['cybersecurityAnalysis', 'cybersecurity-analysis', '网络安全需求分析'],
  ] as const)('art. 14: a plan with an empty %s lacks an independent chapter', (chapter, kind, title) => {
    for (const value of ['', '  ', undefined]) {
      const f = expectOne(findingsOf(plan({ [chapter]: value }), 'art14'), {
        ruleId: 'art14.independent-chapter-missing', article: 14, severity: 'error', path: `/constructionPlan/${chapter}`,
        requires: [kind], cites: '第十四条',
      });
      expect(f.message).toContain(`“${title}”`);
    }
  });

  test('art. 14: the sample plan has both chapters and all basic contents', () => {
    expect(findingsOf(dossierWith(), 'art14')).toEqual([]);
  });

  test('art. 14: without a plan yet, its chapters are not checked', () => {
    expect(findingsOf(dossierWith({ constructionPlan: null }), 'art14')).toEqual([]);
  });
});

describe('art. 14(1): the plan covers the basic contents', () => {
  test('art. 14: a plan without its schedule (工期) is a warning', () => {
    const f = expectOne(findingsOf(plan({ schedule: '' }), 'art14'), {
      ruleId: 'art14.chapter-missing', article: 14, severity: 'warning', path: '/constructionPlan/schedule', cites: '第十四条',
    });
    expect(f.message).toContain('“工期”');
  });
});

describe('art. 14(6): classified projects separate classified and non-classified parts', () => {
  const missing = {
    ruleId: 'art14.classified-separation-missing', article: 14, severity: 'error', path: '/application/classifiedSeparation', cites: '第十四条',
  } as const;

  test('art. 14: a classified project without a separation is an error', () => {
    expectOne(findingsOf(dossierWith({ application: { classified: true } }), 'art14'), missing);
    expectOne(findingsOf(dossierWith({ application: { classified: true, classifiedSeparation: ' ' } }), 'art14'), missing);
  });

  test('art. 14: a classified project describing the separation is fine', () => {
    expect(findingsOf(dossierWith({ application: { classified: true, classifiedSeparation: '涉密部分另行单独申报' } }), 'art14')).toEqual([]);
  });

  test('art. 14: a non-classified project needs no separation', () => {
    expect(findingsOf(dossierWith({ application: { classified: false } }), 'art14')).toEqual([]);
  });
});

describe('art. 14(5)(7)(8): sharing catalogue, secure and reliable products, outsourcing security', () => {
  test('art. 14: committed sharing with an empty catalogue is a warning', () => {
    const dataSharing = { ...(sample().application.dataSharing as object), catalog: [] };
    expectOne(findingsOf(dossierWith({ application: { dataSharing } }), 'art14'), {
      ruleId: 'art14.sharing-catalog-empty', article: 14, severity: 'warning', path: '/application/dataSharing/catalog', cites: '第十四条',
    });
  });

  test('art. 14: not procuring secure and reliable products is an error', () => {
    expectOne(findingsOf(plan({ secureReliableProducts: false }), 'art14'), {
      ruleId: 'art14.secure-reliable', article: 14, severity: 'error', path: '/constructionPlan/secureReliableProducts', cites: '第十四条',
    });
  });

  test('art. 14: breaking the outsourcing security rules is an error', () => {
    expectOne(findingsOf(plan({ outsourcingSecurityCompliant: false }), 'art14'), {
      ruleId: 'art14.outsourcing-security', article: 14, severity: 'error', path: '/constructionPlan/outsourcingSecurityCompliant', cites: '第十四条',
    });
  });

  test('art. 14: the English message cites art. 14(5)', () => {
    expect(findingsOf(plan({ dataSharingAnalysis: '' }), 'art14', { locale: 'en' })[0]?.message).toContain('art. 14(5)');
  });
});
