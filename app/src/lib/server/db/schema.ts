export * from '../core/schema';
// Every module's tables, in one place for Drizzle and its migrations.
export * from '../accounts/schema';
export * from '../districts/schema';
export * from '../processes/schema';
export * from '../comments/schema';
export * from '../notifications/schema';
export * from '../audit/schema';
export * from '../consultations/schema';
export * from '../meetings/schema';
export * from '../ideas/schema';
export * from '../budgets/schema';
export * from '../panels/schema';
export * from '../organisations/schema';
