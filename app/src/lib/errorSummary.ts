// The GOV.UK error pattern, shared by every form: when an error summary appears, the page's
// title starts with "Błąd: " (screen readers announce the title first), the summary takes the
// focus (and is read out), and each of its links moves the focus to its field rather than only
// scrolling to it. The server renders the same title (hooks: errorTitle) and an `autofocus`
// attribute, so a page without JavaScript behaves the same.
import { m } from '$lib/i18n';

/** The summary's marker attribute; the server looks for it to prefix the title. */
export const ERROR_SUMMARY_ATTR = 'data-error-summary';

/** The title with the error prefix, once. */
export function errorTitle(title: string, prefix: string): string {
	return title.startsWith(prefix) ? title : prefix + title;
}

/** The element a summary link should focus: the control itself, or the first control inside a
 * group (a fieldset of radios, a map widget). */
export function focusTarget(target: HTMLElement): HTMLElement {
	if (target.matches('input, select, textarea, button, [tabindex]')) return target;
	return target.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, [tabindex]') ?? target;
}

/** Moves focus to the field a summary link names; scrolls its label (or legend) into view so the
 * question is seen with the answer. Returns false when there is no such field. */
export function focusField(id: string): boolean {
	const target = document.getElementById(id);
	if (!target) return false;
	const control = focusTarget(target);
	const legend = control.closest('fieldset')?.querySelector('legend');
	const label = (control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`)) || legend || control;
	if (control.getAttribute('tabindex') === null && !control.matches('input, select, textarea, button, a[href]')) control.setAttribute('tabindex', '-1');
	control.focus({ preventScroll: true });
	label.scrollIntoView({ block: 'start' });
	return true;
}

/** Svelte action for the summary element. */
export function errorSummary(node: HTMLElement) {
	const prefix = m.error_title_prefix();
	const apply = () => {
		if (node.isConnected) document.title = errorTitle(document.title, prefix);
	};
	apply();
	// The page's own <title> is set by an effect that may run after this one (and on every
	// navigation): apply the prefix again once the frame is painted.
	requestAnimationFrame(apply);
	node.focus();
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest('a');
		if (!link || !link.hash || link.pathname !== location.pathname) return;
		if (focusField(decodeURIComponent(link.hash.slice(1)))) event.preventDefault();
	};
	node.addEventListener('click', onClick);
	return {
		destroy() {
			node.removeEventListener('click', onClick);
			if (!document.querySelector(`[${ERROR_SUMMARY_ATTR}]`) && document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
		}
	};
}
