import { z } from 'zod';
import { CONTENT_LANGS } from './schema';

/** The language a text sent to a service is written in (WCAG 3.1.2): routes pass `writtenIn(form)`
 * (the LanguageField's choice, else the author's interface language); absent (API, imports), Polish. */
export const langInput = () => z.enum(CONTENT_LANGS, 'content_lang_invalid').default('pl');
