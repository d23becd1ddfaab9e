/** Text limits the services enforce and the forms state (maxlength and the character count):
 * one number for both sides. */
export const COMMENT_MAX = 5000;
export const REPORT_REASON_MAX = 1000;
