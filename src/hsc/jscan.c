/*
 * A JSON tokenizer for log lines, written for one job: find members by
 * their path in a line of JSON (RFC 8259) without building a tree and
 * without allocating.  It checks the grammar of the whole line, so a
 * line that is cut short or is not JSON is refused rather than half
 * read; strings may hold any escape, quotes and backslashes included,
 * and raw bytes of any value (logs are not always valid UTF-8).
 * Values are reported raw; jscan_unescape decodes a string.
 */
#include <stdint.h>
#include <string.h>

#include "jscan.h"

struct walk {
	const char	*p;
	const char	*e;
	jscan_fn	 fn;
	void		*arg;
	char		 path[JSCAN_PATH];
};

static int		 value(struct walk *, int, const char *, size_t,
			    uint32_t, const char *, size_t, uint32_t, int);
static uint32_t		 path_more(uint32_t, int, const char *, size_t);
static const char	*string_end(const char *, const char *, int *);
static const char	*number_end(const char *, const char *);
static int		 hexval(int);

/*
 * The hash of one key: its length and its first and last four bytes,
 * mixed.  Cheap, since every key of every line is hashed; the caller
 * compares the text of what it finds.
 */
uint32_t
jscan_keyhash(const char *s, size_t n)
{
	uint32_t h = (uint32_t)n * 0x9e3779b1u, a, b;
	size_t i;

	if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		h ^= a * 0x85ebca6bu;
		h = (h ^ (h >> 15)) * 0xc2b2ae35u;
		h ^= b * 0x27d4eb2fu;
	} else
		for (i = 0; i < n; i++)
			h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h ^ (h >> 16);
}

/* The hash of a path: that of its parent's path and of its last key. */
uint32_t
jscan_pathhash(uint32_t parent, uint32_t key)
{
	uint32_t h = (parent ^ key) * 0x9e3779b1u;

	return h ^ (h >> 13) ^ (parent << 7 | parent >> 25);
}

/*
 * Continues the hash h of a path with the dotted text s[0..n-1] (first:
 * h is no path yet).  A key that holds a dot hashes as two keys, so
 * that the hash of a path depends on its text only.
 */
static uint32_t
path_more(uint32_t h, int first, const char *s, size_t n)
{
	const char *e = s + n, *dot;

	for (;;) {
		if ((dot = memchr(s, '.', (size_t)(e - s))) == NULL)
			dot = e;
		if (first)
			h = jscan_keyhash(s, (size_t)(dot - s));
		else
			h = jscan_pathhash(h, jscan_keyhash(s,
			    (size_t)(dot - s)));
		first = 0;
		if (dot == e)
			return h;
		s = dot + 1;
	}
}

/* The hash of the dotted path s[0..n-1], as jscan_line computes it. */
uint32_t
jscan_hash(const char *s, size_t n)
{
	return path_more(0, 1, s, n);
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static inline void
skip_space(struct walk *w)
{
	/* Most often there is none: one test for anything above ' '. */
	while (w->p < w->e && (unsigned char)*w->p <= ' ' && (*w->p == ' ' ||
	    *w->p == '\t' || *w->p == '\n' || *w->p == '\r'))
		w->p++;
}

/*
 * The closing quote of the string whose text starts at p, or NULL if
 * there is none or an escape is not one of JSON's; *escaped says
 * whether the text holds escapes.
 */
static const char *
string_end(const char *p, const char *e, int *escaped)
{
	const char *q, *b;
	int i;

	*escaped = 0;
	for (;;) {
		if ((q = memchr(p, '"', (size_t)(e - p))) == NULL)
			return NULL;
		if ((b = memchr(p, '\\', (size_t)(q - p))) == NULL)
			return q;
		*escaped = 1;
		if (e - b < 2)
			return NULL;
		switch (b[1]) {
		case '"':
		case '\\':
		case '/':
		case 'b':
		case 'f':
		case 'n':
		case 'r':
		case 't':
			p = b + 2;
			break;
		case 'u':
			if (e - b < 6)
				return NULL;
			for (i = 2; i < 6; i++)
				if (hexval((unsigned char)b[i]) < 0)
					return NULL;
			p = b + 6;
			break;
		default:
			return NULL;
		}
	}
}

/* The end of the number that starts at p, or NULL if it is not one. */
static const char *
number_end(const char *p, const char *e)
{
	const char *d;

	if (p < e && *p == '-')
		p++;
	if (p == e || *p < '0' || *p > '9')
		return NULL;
	if (*p == '0')
		p++;
	else
		while (p < e && *p >= '0' && *p <= '9')
			p++;
	if (p < e && *p == '.') {
		for (d = ++p; p < e && *p >= '0' && *p <= '9'; p++)
			continue;
		if (p == d)
			return NULL;
	}
	if (p < e && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < e && (*p == '+' || *p == '-'))
			p++;
		for (d = p; p < e && *p >= '0' && *p <= '9'; p++)
			continue;
		if (p == d)
			return NULL;
	}
	return p;
}

/*
 * Reads the value at w->p, a member of depth depth whose path is
 * path[0..plen-1] (w->path, or for a member of the outer object whose
 * key holds no escape, that key in the line itself; plen (size_t)-1: it
 * did not fit, and is walked but not reported), of hash h, and whose
 * last key is key[0..klen-1], of hash leaf; index is its place in the
 * innermost array.  Returns 0, or -1 if it is not JSON.
 */
static int
value(struct walk *w, int depth, const char *path, size_t plen,
    uint32_t h, const char *key, size_t klen, uint32_t leaf, int index)
{
	struct jitem it;
	const char *q, *k, *cpath, *ckey;
	size_t np, nk, raw;
	uint32_t nh, nleaf;
	int esc, i, cut, type;

	skip_space(w);
	if (w->p == w->e)
		return -1;
	type = *w->p;
	if ((type == '{' || type == '[') && depth >= JSCAN_DEPTH)
		return -1;
	/* A member's key in the line: its children need it in w->path. */
	if ((type == '{' || type == '[') && plen != (size_t)-1 &&
	    path != w->path) {
		memcpy(w->path, path, plen);
		path = key = w->path;
	}
	it.path = path;
	it.pathlen = plen;
	it.key = plen != (size_t)-1 ? key : path;
	it.keylen = plen != (size_t)-1 ? klen : 0;
	it.hash = h;
	it.leaf = leaf;
	it.depth = depth;
	it.index = index;
	it.val = w->p;
	it.vlen = 0;
	it.escaped = 0;
	switch (type) {
	case '{':
		it.type = JS_OBJECT;
		if (depth > 0 && plen != (size_t)-1)
			w->fn(w->arg, &it);
		w->p++;
		skip_space(w);
		if (w->p < w->e && *w->p == '}') {
			w->p++;
			return 0;
		}
		for (;;) {
			skip_space(w);
			if (w->p == w->e || *w->p != '"')
				return -1;
			k = ++w->p;
			if ((q = string_end(k, w->e, &esc)) == NULL)
				return -1;
			w->p = q + 1;
			raw = (size_t)(q - k);
			/* The member's path: ours, a dot, its key. */
			np = (size_t)-1;
			nk = 0;
			nh = nleaf = 0;
			cpath = ckey = w->path;
			if (plen == 0 && !esc && raw < sizeof(w->path) - 1) {
				cpath = ckey = k;
				np = 0;
				nk = raw;
			} else if (plen != (size_t)-1) {
				np = plen > 0 ? plen + 1 : 0;
				if (esc) {
					nk = jscan_unescape(k, raw,
					    w->path + np, sizeof(w->path) - np,
					    &cut);
					if (cut)
						nk = (size_t)-1;
				} else if (raw < sizeof(w->path) - np) {
					nk = raw;
					memcpy(w->path + np, k, nk);
				} else
					nk = (size_t)-1;
				if (nk == (size_t)-1 ||
				    np + nk >= sizeof(w->path) - 1)
					np = (size_t)-1;
				else {
					if (plen > 0)
						w->path[plen] = '.';
					ckey = w->path + np;
				}
			}
			if (np != (size_t)-1) {
				nleaf = jscan_keyhash(ckey, nk);
				if (memchr(ckey, '.', nk) != NULL)
					nh = path_more(h, plen == 0, ckey, nk);
				else
					nh = plen > 0 ? jscan_pathhash(h, nleaf) :
					    nleaf;
			}
			skip_space(w);
			if (w->p == w->e || *w->p != ':')
				return -1;
			w->p++;
			skip_space(w);
			if (w->p < w->e && *w->p == '"') {
				/* A string, the usual member, read here. */
				if ((q = string_end(w->p + 1, w->e, &esc)) ==
				    NULL)
					return -1;
				if (np != (size_t)-1) {
					it.path = cpath;
					it.pathlen = np + nk;
					it.key = ckey;
					it.keylen = nk;
					it.hash = nh;
					it.leaf = nleaf;
					it.depth = depth + 1;
					it.index = index;
					it.type = JS_STRING;
					it.val = w->p + 1;
					it.vlen = (size_t)(q - it.val);
					it.escaped = esc;
					w->fn(w->arg, &it);
				}
				w->p = q + 1;
			} else if (value(w, depth + 1, cpath, np == (size_t)-1 ?
			    np : np + nk, nh, ckey, nk, nleaf, index) != 0)
				return -1;
			skip_space(w);
			if (w->p == w->e)
				return -1;
			if (*w->p == '}') {
				w->p++;
				return 0;
			}
			if (*w->p++ != ',')
				return -1;
		}
	case '[':
		it.type = JS_ARRAY;
		if (depth > 0 && plen != (size_t)-1)
			w->fn(w->arg, &it);
		w->p++;
		skip_space(w);
		if (w->p < w->e && *w->p == ']') {
			w->p++;
			return 0;
		}
		for (i = 0;; i++) {
			/* Elements of depth+1 are still members of depth. */
			if (value(w, depth + 1, path, plen, h, key, klen, leaf,
			    i) != 0)
				return -1;
			skip_space(w);
			if (w->p == w->e)
				return -1;
			if (*w->p == ']') {
				w->p++;
				return 0;
			}
			if (*w->p++ != ',')
				return -1;
		}
	case '"':
		if ((q = string_end(w->p + 1, w->e, &esc)) == NULL)
			return -1;
		it.type = JS_STRING;
		it.val = w->p + 1;
		it.vlen = (size_t)(q - it.val);
		it.escaped = esc;
		w->p = q + 1;
		break;
	case 't':
	case 'f':
	case 'n':
		if ((size_t)(w->e - w->p) >= 4 && memcmp(w->p, "true", 4) == 0)
			it.type = JS_TRUE, it.vlen = 4;
		else if ((size_t)(w->e - w->p) >= 5 &&
		    memcmp(w->p, "false", 5) == 0)
			it.type = JS_FALSE, it.vlen = 5;
		else if ((size_t)(w->e - w->p) >= 4 &&
		    memcmp(w->p, "null", 4) == 0)
			it.type = JS_NULL, it.vlen = 4;
		else
			return -1;
		w->p += it.vlen;
		break;
	default:
		if ((q = number_end(w->p, w->e)) == NULL)
			return -1;
		it.type = JS_NUMBER;
		it.vlen = (size_t)(q - w->p);
		w->p = q;
		break;
	}
	if (depth > 0 && plen != (size_t)-1)
		w->fn(w->arg, &it);
	return 0;
}

/*
 * Walks the JSON text s[0..n-1], calling fn for every value inside the
 * outer one, in order: scalars, and objects and arrays as they start.
 * Returns 0, or -1 when the text is not one JSON value (blanks around
 * it are allowed) or nests deeper than JSCAN_DEPTH.
 */
int
jscan_line(const char *s, size_t n, jscan_fn fn, void *arg)
{
	struct walk w;

	w.path[0] = '\0';
	w.p = s;
	w.e = s + n;
	w.fn = fn;
	w.arg = arg;
	if (value(&w, 0, w.path, 0, 0, w.path, 0, 0, -1) != 0)
		return -1;
	skip_space(&w);
	return w.p == w.e ? 0 : -1;
}

/* Writes the UTF-8 form of c to d (room for 4); returns its length. */
static size_t
put_utf8(char *d, uint32_t c)
{
	if (c < 0x80) {
		d[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		d[0] = (char)(0xc0 | c >> 6);
		d[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		d[0] = (char)(0xe0 | c >> 12);
		d[1] = (char)(0x80 | (c >> 6 & 0x3f));
		d[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	d[0] = (char)(0xf0 | c >> 18);
	d[1] = (char)(0x80 | (c >> 12 & 0x3f));
	d[2] = (char)(0x80 | (c >> 6 & 0x3f));
	d[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* The four hex digits at s as a number (jscan_line checked them). */
static uint32_t
hex4(const char *s)
{
	uint32_t v = 0;
	int i, d;

	for (i = 0; i < 4; i++) {
		if ((d = hexval((unsigned char)s[i])) < 0)
			return 0xfffd;
		v = v << 4 | (uint32_t)d;
	}
	return v;
}

/*
 * Decodes the escapes of the string text s[0..n-1] into buf, as UTF-8;
 * a lone surrogate or \u0000 becomes U+FFFD, and so does a broken
 * escape.  Writes whole characters only, as many as fit in size bytes,
 * and returns the length written; *cut (if cut is not NULL) says
 * whether some did not fit.
 */
size_t
jscan_unescape(const char *s, size_t n, char *buf, size_t size, int *cut)
{
	const char *e = s + n;
	char one[4];
	size_t len = 0, k;
	uint32_t c, lo;

	while (s < e) {
		if (*s != '\\' || e - s < 2) {
			one[0] = *s++;
			k = 1;
		} else {
			switch (s[1]) {
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 't': c = '\t'; break;
			case 'u':
				if (e - s < 6) {
					c = 0xfffd;
					s = e - 2;
					break;
				}
				c = hex4(s + 2);
				s += 4;
				if (c >= 0xd800 && c < 0xdc00 && e - s >= 8 &&
				    s[2] == '\\' && s[3] == 'u' &&
				    (lo = hex4(s + 4)) >= 0xdc00 && lo < 0xe000) {
					c = 0x10000 + ((c - 0xd800) << 10) +
					    (lo - 0xdc00);
					s += 6;
				} else if ((c >= 0xd800 && c < 0xe000) || c == 0)
					c = 0xfffd;
				break;
			default:
				c = (unsigned char)s[1];
				break;
			}
			s += 2;
			k = put_utf8(one, c);
		}
		if (len + k > size) {
			if (cut != NULL)
				*cut = 1;
			return len;
		}
		memcpy(buf + len, one, k);
		len += k;
	}
	if (cut != NULL)
		*cut = 0;
	return len;
}
