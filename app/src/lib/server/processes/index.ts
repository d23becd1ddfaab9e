/** Participatory processes: the container every mechanism lives in (title, scope statement,
 * district or citywide, climate topics, phases). Tables: process, phase, process_official.
 * Permissions: ./permissions. Personal data: none (officials' assignments end with the account). */
export * from './service';
export { processRules } from './permissions';
