/*
 * The words hsc puts around the table's texts, in each language.
 */
#ifndef HSC_MSG_H
#define HSC_MSG_H

enum msg {
	M_ALIASES,
	M_KIND,
	M_SPEC,
	M_HEADERS,
	M_CONSTANTS,
	M_SEE_ALSO,
	M_CAUSES,
	M_UNASSIGNED,
	M_UNASSIGNED_AS,
	M_UNASSIGNED_END,
	M_TOTAL,
	M_MAX
};

const char	*msg(enum msg, int);
const char	*msg_help(int);

#endif
