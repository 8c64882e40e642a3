/*
 * A small JSON tokenizer for one log line: it walks an object, nested
 * or not, and reports every scalar member with its dotted path.
 */
#ifndef HSC_JSCAN_H
#define HSC_JSCAN_H

#include <stddef.h>
#include <stdint.h>

/* Nesting deeper than this makes a line invalid. */
#define JSCAN_DEPTH	64
/* A longer path is walked but not reported. */
#define JSCAN_PATH	256

enum jtype {
	JS_STRING,
	JS_NUMBER,
	JS_TRUE,
	JS_FALSE,
	JS_NULL,
	JS_OBJECT,	/* reported when the object starts; val is empty */
	JS_ARRAY
};

/*
 * One member.  The path joins the keys with dots ("httpRequest.status"),
 * each key unescaped; an element of an array has the array's path, and
 * its place in index.  A string's val is its raw text between the
 * quotes, escapes and all (escaped says whether it holds any).  hash is
 * jscan_hash of the path, leaf jscan_keyhash of the last key alone.
 */
struct jitem {
	const char	*path;
	size_t		 pathlen;
	const char	*key;		/* the last key, within path */
	size_t		 keylen;
	uint32_t	 hash;
	uint32_t	 leaf;
	int		 depth;		/* 1 for a member of the outer object */
	int		 index;		/* in the innermost array, or -1 */
	enum jtype	 type;
	const char	*val;
	size_t		 vlen;
	int		 escaped;
};

typedef void	(*jscan_fn)(void *, const struct jitem *);

int		 jscan_line(const char *, size_t, jscan_fn, void *);
uint32_t	 jscan_keyhash(const char *, size_t);
uint32_t	 jscan_pathhash(uint32_t, uint32_t);
uint32_t	 jscan_hash(const char *, size_t);
size_t		 jscan_unescape(const char *, size_t, char *, size_t, int *);

#endif
