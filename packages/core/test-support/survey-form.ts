/**
 * A small survey form as a portal would load it from its own server and register at run time
 * (registerForm / GovForms.registerForm): the tests of core, react and the script tag share it.
 * `id` and `dossierKey` may be varied so one test file can register several.
 */
export function surveyForm(id = 'satisfaction-survey', dossierKey = 'satisfactionSurvey') {
  return {
    form: { id, version: '1.0.0', title: '满意度调查', dossierKey },
    schema: {
      type: 'object',
      properties: {
        unit: { type: 'string', title: '单位名称', minLength: 1 },
        rating: { type: 'string', title: '总体评价', oneOf: [{ const: 'good', title: '满意' }, { const: 'bad', title: '不满意' }] },
        reason: { type: 'string', title: '不满意的原因', minLength: 1 },
        attachments: { type: 'array', title: '附件', items: { $ref: '#/definitions/documentKind' }, uniqueItems: true },
      },
      required: ['unit', 'rating'],
      additionalProperties: false,
    },
    uischema: {
      type: 'Categorization',
      elements: [
        { type: 'Category', label: '基本情况', elements: [{ type: 'Control', scope: '#/properties/unit' }] },
        {
          type: 'Category', label: '评价', elements: [
            { type: 'Control', scope: '#/properties/rating' },
            { type: 'Control', scope: '#/properties/reason', rule: { effect: 'SHOW', condition: { scope: '#/properties/rating', schema: { const: 'bad' } } } },
          ],
        },
      ],
    },
    sample: { unit: '宿迁市数据局', rating: 'good' } as Record<string, unknown>,
    i18n: {
      en: {
        title: 'Satisfaction survey',
        fields: { unit: 'Organisation', rating: 'Overall rating' } as Record<string, string>,
        options: { 'rating.good': 'Satisfied', 'rating.bad': 'Not satisfied' } as Record<string, string>,
        steps: { 评价: 'Rating' } as Record<string, string>,
      },
    },
  };
}
