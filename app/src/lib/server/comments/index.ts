/** Comments: threaded discussion on processes, projects, recommendations, ideas and paragraphs.
 * Tables: comment, comment_report. Permissions: ./permissions. Personal data: authored comments
 * and reports (exported; anonymised on account deletion). Moderation lives in ../moderation. */
export * from './service';
export { commentRules } from './permissions';
export { commentsPersonalData } from './personalData';
