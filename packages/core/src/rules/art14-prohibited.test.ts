import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const NONE = { machineRoom: false, videoConference: false, mobileApp: false };
const includes = (fields: Record<string, boolean>) => dossierWith({ application: { includes: { ...NONE, ...fields } } });

describe('art. 14(4): no new machine rooms, video-conference systems or new mobile apps', () => {
  test.each([
    ['machineRoom', 'art14.machine-room', '机房'],
    ['videoConference', 'art14.video-conference', '视频会议系统'],
    ['mobileApp', 'art14.mobile-app', 'APP'],
  ])('art. 14: a project including %s is an error (%s)', (field, ruleId, words) => {
    const f = expectOne(findingsOf(includes({ [field]: true }), ruleId), {
      ruleId, article: 14, severity: 'error', path: `/application/includes/${field}`, cites: '第十四条',
    });
    expect(f.message).toContain(words);
    expect(f.message).toContain('第十四条第四项');
  });

  test('art. 14: all three prohibited contents are three errors', () => {
    const findings = findingsOf(includes({ machineRoom: true, videoConference: true, mobileApp: true }), 'art14');
    expect(findings.map((f) => f.ruleId)).toEqual(['art14.machine-room', 'art14.video-conference', 'art14.mobile-app']);
  });

  test('art. 14: none of them, or no answers yet, is no finding', () => {
    expect(findingsOf(includes({}), 'art14')).toEqual([]);
    expect(findingsOf(dossierWith({ application: { includes: undefined } }), 'art14')).toEqual([]);
  });

  test('art. 14: the English message cites art. 14', () => {
    expect(findingsOf(includes({ mobileApp: true }), 'art14', { locale: 'en' })[0]?.message).toContain('art. 14(4)');
  });
});
