/*
 * Names shared by hsc and hscgen: the kinds as data/ spells them (and
 * as JSON shows them), and the languages of the const.* fields.
 */
#include "codes.h"

const char *const hsc_kind_names[KIND_MAX] = {
	"standard",
	"webdav",
	"experimental",
	"deprecated",
	"unused",
	"unofficial",
};

const char *const hsc_const_names[CONST_MAX] = {
	"go",
	"python",
	"rust",
	"spring",
	"dotnet",
	"node",
};
