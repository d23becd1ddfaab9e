import type { ModuleManifest } from '../modules';
import { canEditStatement, canReadStatement } from './permissions';
import { accessibilityApi } from './api';

/** Accessibility: the statement the law requires (deklaracja dostępności, art. 10 of the Act of
 * 4 April 2019), kept as one record in platform_setting that admins edit at /admin/accessibility;
 * the page /accessibility and /api/v1/accessibility-statement are generated from it. */
export const accessibilityModule: ModuleManifest = {
	name: 'accessibility',
	tables: [],
	permissions: { read: canReadStatement, edit: canEditStatement },
	api: accessibilityApi
};
