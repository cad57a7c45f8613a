import { describe, expect, it } from 'vitest';
import { getForm } from '@govforms/core';
import { controlFor, countByStep, stepIndexOf, stepsOf, type UiElement } from './steps.js';

const application = stepsOf(getForm('application').uischema as UiElement);
const budget = stepsOf(getForm('budget').uischema as UiElement);

describe('wizard steps from the uischema', () => {
  it('one step per Category, with its Chinese label', () => {
    expect(application.map((s) => s.label)).toEqual(['申报单位', '项目概况', '资金与投资', '部署与集约', '数据共享', '申报材料']);
  });

  it('places a pointer in the step of the control that shows it', () => {
    expect(stepIndexOf(application, '/applicant/name')).toBe(0);
    expect(stepIndexOf(application, '/totalInvestment')).toBe(2);
    expect(stepIndexOf(application, '/dataSharing/catalog/2/name')).toBe(4);
    expect(stepIndexOf(budget, '/items/499/amount')).toBe(0);
    expect(stepIndexOf(budget, '/dataResources')).toBe(1);
  });

  it('an error on a whole object goes to the first step showing a part of it', () => {
    expect(stepIndexOf(application, '/constructionPeriod')).toBe(1);
    expect(stepIndexOf(application, '/includes')).toBe(3);
  });

  it('data no step shows, and the form root, are in no step', () => {
    expect(stepIndexOf(application, '/notAField')).toBe(-1);
    expect(stepIndexOf(application, '')).toBe(-1);
    expect(countByStep(application, ['/applicant/name', '/applicant/kind', '/attachments', '/x'])).toEqual({
      perStep: [2, 0, 0, 0, 0, 1], outside: ['/x'],
    });
  });

  it('finds the control to focus for a pointer', () => {
    expect(controlFor(budget[0], '/items/3/amount')).toBe('/items');
    expect(controlFor(application[1], '/constructionPeriod')).toBe('/constructionPeriod/start');
  });

  it('a uischema without categories is one step', () => {
    expect(stepsOf({ type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/a' }] })).toHaveLength(1);
  });
});
