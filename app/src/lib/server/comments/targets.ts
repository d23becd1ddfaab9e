import type { ServiceContext } from '../core/context';
import { NotFoundError } from '../core/errors';

/** Says whether the actor may comment on this target: throws NotFound when it does not exist or
 * is not visible to them, Forbidden when it is closed to them. Each module checks its own. */
export type CommentTargetCheck = (ctx: ServiceContext, targetId: string) => Promise<void>;

/** The module that owns a target type decides; an unknown type is refused. */
export async function assertCommentable(ctx: ServiceContext, targetType: string, targetId: string): Promise<void> {
	// Imported at call time: the registry imports the modules, which import this file.
	const { modules } = await import('../modules');
	for (const m of modules) {
		const check = m.commentTargets?.[targetType];
		if (check) return check(ctx, targetId);
	}
	throw new NotFoundError('comment_target_not_found');
}
