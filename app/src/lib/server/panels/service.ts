// Every state change of the panel module (validate → check permission → write → audit).
export * from './common';
export * from './setup.service';
export * from './recruitment.service';
export * from './assisted.service';
export * from './selection.service';
export * from './feasibility.service';
export * from './deliberation.service';
export * from './sessions.service';
export { purgeExpiredVolunteers } from './privacy';
export * from './views';
