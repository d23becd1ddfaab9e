import type { ModuleManifest } from '../modules';
import { commentRules } from './permissions';
import { commentsPersonalData } from './personalData';

/** Comments: threaded discussion on processes, projects, recommendations, ideas and paragraphs.
 * Tables: comment, comment_report. Personal data: authored comments and reports (exported;
 * anonymised on account deletion). Moderation lives in ../moderation. */
export const commentsModule: ModuleManifest = {
	name: 'comments',
	tables: ['comment', 'comment_report'],
	permissions: commentRules,
	personalData: commentsPersonalData
};
