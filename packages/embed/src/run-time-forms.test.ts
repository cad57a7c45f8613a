// GovForms.registerForm's bookkeeping: what a form id waiting for (or refused) registration shows.
import { GovformsError, findForm } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { createRegistrar, onRegistrationChange, registrationStatus } from './run-time-forms.js';

function survey(id: string, dossierKey: string) {
  return {
    form: { id, version: '1.0.0', title: '满意度调查', dossierKey },
    schema: { type: 'object', properties: { unit: { type: 'string', title: '单位名称' } }, required: ['unit'] },
    uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/unit' }] },
    i18n: { en: { title: 'Satisfaction survey' } },
  };
}

describe('run-time forms', () => {
  it('an id is pending while the compiler loads, then known; listeners hear both; the summary is in the locale', async () => {
    let release!: () => void;
    const register = createRegistrar(() => new Promise<undefined>((resolve) => { release = () => resolve(undefined); }));
    const seen: string[] = [];
    const stop = onRegistrationChange(() => seen.push(registrationStatus('survey-a').kind));
    expect(registrationStatus('survey-a').kind).toBe('unknown');
    const done = register(survey('survey-a', 'surveyA'), { locale: 'en' });
    expect(registrationStatus('survey-a').kind).toBe('pending');
    release();
    expect(await done).toEqual({ id: 'survey-a', version: '1.0.0', title: 'Satisfaction survey' });
    expect(registrationStatus('survey-a').kind).toBe('known');
    expect(seen).toEqual(['pending', 'known']);
    stop();
  });

  it('a refused definition: core’s zh-CN error, remembered for its id until a later registration succeeds', async () => {
    const register = createRegistrar(async () => undefined);
    const broken = { ...survey('survey-b', 'surveyB'), uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/nope' }] } };
    const error = await register(broken).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GovformsError);
    expect((error as GovformsError).code).toBe('invalid-form-definition');
    expect((error as GovformsError).message).toContain('uischema.json /elements/0/scope');
    const status = registrationStatus('survey-b');
    expect(status.kind === 'refused' && status.error).toBe(error);
    await register(survey('survey-b', 'surveyB'));
    expect(registrationStatus('survey-b').kind).toBe('known');
  });

  it('a compiler that cannot be loaded refuses the registration with the loader’s error', async () => {
    const failed = new GovformsError('无法载入表单编译组件', 'compiler-script-failed');
    const register = createRegistrar(() => Promise.reject(failed));
    await expect(register(survey('survey-c', 'surveyC'))).rejects.toBe(failed);
    expect(registrationStatus('survey-c')).toEqual({ kind: 'refused', error: failed });
    expect(findForm('survey-c')).toBeUndefined();
  });

  it('a duplicate of a built-in form is refused and the built-in form stays known; a non-object is refused in zh-CN', async () => {
    const register = createRegistrar(async () => undefined);
    await expect(register(survey('application', 'x9'))).rejects.toMatchObject({ code: 'invalid-form-definition' });
    expect(registrationStatus('application').kind).toBe('known');
    await expect(register('nope' as never)).rejects.toMatchObject({ code: 'invalid-form-definition', message: expect.stringContaining('表单定义对象') });
  });
});
