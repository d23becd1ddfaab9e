import type { Actor } from '../core/context';

/** The accessibility statement is published by the city: its administrators keep it current. */
export const canEditStatement = (actor: Actor): boolean => actor?.role === 'admin';
/** Everyone may read it (the law requires it to be public and reachable from every page). */
export const canReadStatement = (): boolean => true;
