import type { Db } from './db/client';
import type { Auth } from './accounts/auth';
import type { ServiceContext } from './core/context';
import type { PersonalDataHook } from './personalData';
import type { ApiPart } from './api/openapi';
import type { CommentTargetCheck } from './comments/targets';
import type { ModuleJob } from './jobs';
import type { ModuleWorkspace } from './workspace';
import { accountsModule } from './accounts';
import { districtsModule } from './districts';
import { processesModule } from './processes';
import { commentsModule } from './comments';
import { moderationModule } from './moderation';
import { notificationsModule } from './notifications';
import { auditModule } from './audit';
import { meetingsModule } from './meetings';
import { organisationsModule } from './organisations';
import { consultationsModule } from './consultations';
import { ideasModule } from './ideas';
import { panelsModule } from './panels';
import { budgetsModule } from './budgets';
import { initiativesModule } from './initiatives';
import { accessibilityModule } from './accessibility';

/** What the demo seed hands each module: the database, demo people by role, the clock. */
export interface SeedEnv {
	db: Db;
	auth: Auth;
	log: (line: string) => void;
	now: Date;
	/** Service contexts of the demo people: official, moderator, admin, residents. */
	as: { official: ServiceContext; moderator: ServiceContext; admin: ServiceContext; residents: ServiceContext[] };
}

/** A module's face (after Decidim's component manifest): one page that says what it owns. */
export interface ModuleManifest {
	name: string;
	/** The tables it owns (its `schema.ts`). */
	tables: string[];
	/** Its permission rules, by action. */
	permissions?: Record<string, unknown>;
	/** Personal data it keeps: exported with the person's data, erased with the account. */
	personalData?: PersonalDataHook;
	/** Its part of the public /api/v1 (OpenAPI paths and schemas). */
	api?: ApiPart;
	/** The comment targets it owns (`targetType` → may this actor comment on this id?). */
	commentTargets?: Record<string, CommentTargetCheck>;
	/** Background work while the server runs (started at start-up; see jobs.ts). */
	jobs?: ModuleJob[];
	/** Its tools on the officials' workspace (/manage) and the work waiting in them, per process
	 * (see workspace.ts and docs/adding-a-module.md). */
	workspace?: ModuleWorkspace;
	/** Figures for the dashboards. */
	statistics?: (db: Db) => Promise<Record<string, number>>;
	/** Demo content, run by `decydujemy seed` and on first start. */
	seed?: (env: SeedEnv) => Promise<void>;
}

/** Every module of the platform, in seeding order. New modules add themselves here. */
export const modules: ModuleManifest[] = [
	accountsModule,
	districtsModule,
	processesModule,
	commentsModule,
	moderationModule,
	notificationsModule,
	auditModule,
	meetingsModule,
	organisationsModule,
	consultationsModule,
	ideasModule,
	panelsModule,
	budgetsModule,
	initiativesModule,
	accessibilityModule
];
