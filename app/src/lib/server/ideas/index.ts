import { eq, sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import type { PersonalDataHook } from '../personalData';
import type { ApiPart } from '../api/openapi';
import { idea, ideaSupport } from './schema';
import { ideaRules } from './permissions';
import { seedIdeas } from './seed';
import { getIdea } from './service';
import { ideasWorkspace } from './workspace';

/** Ideas (crowdsourcing): an always-open place for residents' climate ideas (topic, location,
 * description); others support and comment (comment target 'idea'); officials respond and can
 * turn an idea into a consultation or a participatory-budget project. Tables: idea, idea_support.
 * Personal data: authored ideas and supports (exported; ideas anonymised, supports deleted). */
const personalData: PersonalDataHook = {
	module: 'ideas',
	async export(db, userId) {
		const ideas = await db.select({ id: idea.id, title: idea.title, topic: idea.topic, location: idea.location, description: idea.description, createdAt: idea.createdAt }).from(idea).where(eq(idea.authorId, userId));
		const supports = await db.select({ ideaId: ideaSupport.ideaId, createdAt: ideaSupport.createdAt }).from(ideaSupport).where(eq(ideaSupport.userId, userId));
		return { ideas, supports };
	},
	async erase(db, userId) {
		await db.update(idea).set({ authorId: null }).where(eq(idea.authorId, userId));
		await db.delete(ideaSupport).where(eq(ideaSupport.userId, userId));
	}
};

export const ideasApi: ApiPart = {
	paths: {
		'/api/v1/ideas': {
			get: {
				operationId: 'listIdeas',
				summary: "Residents' climate ideas with their support and the city's response",
				tags: ['ideas'],
				parameters: [
					{ name: 'topic', in: 'query', required: false, schema: { type: 'string', enum: ['energy', 'transport', 'greenery_water', 'heat', 'air', 'waste', 'education'] } },
					{ name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['open', 'answered', 'to_consultation', 'to_budget', 'not_taken'] } },
					{ name: 'sort', in: 'query', required: false, schema: { type: 'string', enum: ['new', 'support'] } }
				],
				responses: { '200': { description: 'The ideas', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Idea' } } } } } }
			}
		},
		'/api/v1/ideas.csv': { get: { operationId: 'listIdeasCsv', summary: 'The ideas as CSV', tags: ['ideas'], responses: { '200': { description: 'CSV of ideas', content: { 'text/csv': { schema: { type: 'string' } } } } } } }
	},
	schemas: {
		Idea: {
			type: 'object',
			required: ['id', 'title', 'topic', 'description', 'status', 'supports', 'comments', 'createdAt'],
			properties: {
				id: { type: 'string' },
				title: { type: 'string' },
				topic: { type: 'string' },
				districtId: { type: ['integer', 'null'] },
				location: { type: 'string' },
				description: { type: 'string' },
				status: { type: 'string', enum: ['open', 'answered', 'to_consultation', 'to_budget', 'not_taken'] },
				response: { type: ['string', 'null'] },
				supports: { type: 'integer' },
				comments: { type: 'integer' },
				createdAt: { type: 'string', format: 'date-time' }
			}
		}
	}
};

export const ideasModule: ModuleManifest = {
	name: 'ideas',
	tables: ['idea', 'idea_support'],
	permissions: ideaRules,
	personalData,
	api: ideasApi,
	workspace: ideasWorkspace,
	// Every idea is public; its thread stays open after the city answers.
	commentTargets: { idea: async (ctx, id) => void (await getIdea(ctx, id)) },
	statistics: async (db) => {
		const [i] = await db.select({ n: sql<number>`count(*)::int` }).from(idea);
		const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(ideaSupport);
		return { ideas: i?.n ?? 0, idea_supports: s?.n ?? 0 };
	},
	seed: seedIdeas
};

export * from './service';
export { ideaRules } from './permissions';
