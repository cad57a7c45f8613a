import { sub } from './facts.js';
import { readBool } from '../read.js';
import type { MessageId, Rule } from './types.js';

const prohibited: ReadonlyArray<[field: string, id: MessageId]> = [
  ['machineRoom', 'art14.machine-room'],
  ['videoConference', 'art14.video-conference'],
  ['mobileApp', 'art14.mobile-app'],
];

/** 第十四条第四项: no new machine rooms, video-conference systems or new mobile apps. */
export const art14Prohibited: Rule = {
  id: 'art14-prohibited',
  article: 14,
  reads: prohibited.map(([field]) => `/application/includes/${field}`),
  check({ application }, ctx) {
    const includes = sub(application, 'includes');
    return prohibited
      .filter(([field]) => readBool(includes, field) === true)
      .map(([field, id]) => ctx.finding(id, 'error', { path: `/application/includes/${field}` }));
  },
};
