/*
 * hscgen: turns the files in data/ into build/table.inc, the rows of hsc's
 * compiled-in table.  It checks the files first (see datafile.c) and
 * writes nothing when they have errors, so a bad edit fails the build
 * with FILE:LINE: message.  It also computes the search keys, so that
 * hsc never folds its own table at run time.
 *
 * usage: hscgen [-s] [-c common] [-g glossary] [-y synonyms] [-o output]
 *     file ...
 *   -c  the list of codes by how common they are (data/common.txt),
 *       which breaks ties between search results
 *   -y  the groups of words that search takes as one (data/synonyms.txt)
 *   -s  the files hold a subset of the codes (the tests' fixture): do
 *       not require every code of the IANA registry
 *   -g  check the Korean texts against the glossary of this file
 *       (data/WRITING.md)
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "datafile.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

static void	 emit_str(FILE *, const char *);
static void	 emit_list(FILE *, char *const *);
static void	 emit_consts(FILE *, const struct df_const *, size_t);
static void	 emit_refs(FILE *, const struct df_ref *);
static void	 emit_off(FILE *, const char *);
static void	 emit_pool(FILE *);
static void	 pool_init(void);
static void	 list_push(unsigned int);
static char	*join(const struct df_record *, const int *);
static void	 add_words(const char *, int, int);
static void	 emit_index(FILE *);
static void	 emit_class(FILE *, const struct df_record *);
static void	 emit_code(FILE *, const struct df_record *);

/* Writes s as a C string literal, split into readable pieces. */
static void
emit_str(FILE *fp, const char *s)
{
	size_t run = 0;

	if (s == NULL) {
		fputs("NULL", fp);
		return;
	}
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '"':
		case '\\':
		case '?':	/* no trigraphs */
			fprintf(fp, "\\%c", *s);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		default:
			fputc(*s, fp);
		}
		if (++run > 60 && *s == ' ' && s[1] != '\0') {
			fputs("\"\n\t    \"", fp);
			run = 0;
		}
	}
	fputc('"', fp);
}

/*
 * The table holds no pointers, which a position-independent hsc would
 * have the loader relocate at every start (5,000 of them cost more
 * than the rest of a lookup): its strings are offsets into one pool,
 * its lists and constants indices into arrays, written after the rows.
 */
static char	*pool;		/* the strings, each ended by a NUL */
static size_t	 npool, cappool;
static unsigned int *lists;	/* string offsets, each list ended by 0 */
static size_t	 nlists, caplists;
static struct df_ref *refs;	/* see-also lists, each ended by -1 */
static size_t	 nrefs, caprefs;
static unsigned int *consts;	/* name, since, until, deprecated: 4 a row */
static size_t	 nconsts, capconsts;

/* The offset of s in the pool, 0 for NULL. */
static unsigned int
pool_add(const char *s)
{
	size_t n, at;

	if (s == NULL)
		return 0;
	n = strlen(s) + 1;
	if (npool + n > cappool) {
		while (npool + n > cappool)
			cappool = cappool ? 2 * cappool : 65536;
		pool = xrealloc(pool, cappool);
	}
	at = npool;
	memcpy(pool + at, s, n);
	npool += n;
	if (npool > 0xffffffffu)
		xfatal("the strings overflow the table's offsets");
	return (unsigned int)at;
}

/*
 * Starts the pool and the arrays with their entries 0: offset 0 is no
 * string (the pool starts with a NUL of its own), list 0 and see-also
 * list 0 are empty, constants 0 is none.
 */
static void
pool_init(void)
{
	cappool = 65536;
	pool = xrealloc(NULL, cappool);
	pool[0] = '\0';
	npool = 1;
	list_push(0);
	refs = xreallocarray(NULL, caprefs = 1024, sizeof(*refs));
	refs[0].code = refs[0].sub = -1;
	nrefs = 1;
	consts = xreallocarray(NULL, capconsts = 4096, sizeof(*consts));
	memset(consts, 0, 4 * sizeof(*consts));
	nconsts = 4;
}

static void
list_push(unsigned int v)
{
	if (nlists == caplists) {
		caplists = caplists ? 2 * caplists : 1024;
		lists = xreallocarray(lists, caplists, sizeof(*lists));
	}
	lists[nlists++] = v;
}

/* Writes the index of the list of strings; 0 is the empty list. */
static void
emit_list(FILE *fp, char *const *list)
{
	size_t at;

	if (list == NULL || *list == NULL) {
		fputs("0", fp);
		return;
	}
	at = nlists;
	for (; *list != NULL; list++)
		list_push(pool_add(*list));
	list_push(0);
	fprintf(fp, "%zu", at);
}

/* Writes the index of a see-also list; 0 is the empty one. */
static void
emit_refs(FILE *fp, const struct df_ref *r)
{
	size_t at;

	if (r == NULL || r->code < 0) {
		fputs("0", fp);
		return;
	}
	at = nrefs;
	for (;; r++) {
		if (nrefs == caprefs)
			refs = xreallocarray(refs, caprefs *= 2, sizeof(*refs));
		refs[nrefs++] = *r;
		if (r->code < 0)
			break;
	}
	fprintf(fp, "%zu", at);
}

/* Writes the index of a library's names with their versions; 0: none. */
static void
emit_consts(FILE *fp, const struct df_const *c, size_t n)
{
	size_t i, at;

	if (n == 0) {
		fputs("0", fp);
		return;
	}
	at = nconsts / 4;
	for (i = 0; i <= n; i++) {
		if (nconsts + 4 > capconsts)
			consts = xreallocarray(consts, capconsts *= 2,
			    sizeof(*consts));
		consts[nconsts++] = i < n ? pool_add(c[i].name) : 0;
		consts[nconsts++] = i < n ? pool_add(c[i].since) : 0;
		consts[nconsts++] = i < n ? pool_add(c[i].until) : 0;
		consts[nconsts++] = i < n ? pool_add(c[i].deprecated) : 0;
	}
	fprintf(fp, "%zu", at);
}

/* Writes a string of the pool as its offset. */
static void
emit_off(FILE *fp, const char *s)
{
	fprintf(fp, "%u", pool_add(s));
}

/* Writes the pool and the arrays the rows index, after the rows. */
static void
emit_pool(FILE *fp)
{
	size_t i, at;

	/* Offset 0 is the NUL that no string starts at. */
	fputs("#ifdef HSC_POOL\nHSC_POOL(\"\\0\"", fp);
	/* One literal a string, each with the NUL that ends it. */
	for (at = 1; at < npool; at += strlen(pool + at) + 1) {
		fputs("\n\t", fp);
		emit_str(fp, pool + at);
		fputs(" \"\\0\"", fp);
	}
	fputs(")\n#endif\n#ifdef HSC_LISTS\nHSC_LISTS(", fp);
	for (i = 0; i < nlists; i++)
		fprintf(fp, "%s%u", i == 0 ? "" : i % 16 ? ", " : ",\n", lists[i]);
	fputs(")\n#endif\n#ifdef HSC_REFS\nHSC_REFS(", fp);
	for (i = 0; i < nrefs; i++)
		fprintf(fp, "%s{ %d, %d }", i == 0 ? "" : i % 8 ? ", " : ",\n",
		    refs[i].code, refs[i].sub);
	fputs(")\n#endif\n#ifdef HSC_CONSTANTS\nHSC_CONSTANTS(", fp);
	for (i = 0; i < nconsts; i += 4)
		fprintf(fp, "%s{ %u, %u, %u, %u }", i == 0 ? "" : i % 16 ? ", " :
		    ",\n", consts[i], consts[i + 1], consts[i + 2],
		    consts[i + 3]);
	fputs(")\n#endif\n", fp);
	free(pool);
	free(lists);
	free(refs);
	free(consts);
}

/*
 * The fields behind each search key, from names down to details: the
 * names (the phrase, older phrases, the Korean name, the search-only
 * names, the constants), the summaries (with origin, spec and
 * headers), the causes, the detailed texts.
 */
static const int key_parts[KEY_MAX][F_MAX + 1] = {
	/* The phrase and the Korean name first: search ranks them first. */
	{ F_PHRASE, F_NAME + LANG_KO, F_ALIAS,
#define X(id, code)	F_SEARCH + LANG_##id,
	    HSC_LANGS(X)
#undef X
#define X(id, key, label, prefix, chars)	F_CONST + CONST_##id,
	    HSC_CONSTS(X)
#undef X
	    -1 },
	{
#define X(id, code)	F_SUMMARY + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    F_ORIGIN, F_ORIGIN_KO, F_SPEC, F_HEADERS, -1 },
	{
#define X(id, code)	F_CAUSES + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    -1 },
	{
#define X(id, code)	F_DETAIL + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    -1 },
};

/* The given fields of r, one a line (a repeated field, a line each). */
static char *
join(const struct df_record *r, const int *parts)
{
	const int *p;
	size_t len = 1, n;
	char *f;

	for (p = parts; *p >= 0; p++)
		if (r->val[*p] != NULL)
			len += strlen(r->val[*p]) + 1;
	f = xcalloc(1, len);
	len = 0;
	for (p = parts; *p >= 0; p++) {
		if (r->val[*p] == NULL)
			continue;
		if (len > 0)
			f[len++] = '\n';
		n = strlen(r->val[*p]);
		memcpy(f + len, r->val[*p], n);
		len += n;
	}
	return f;
}

/* One occurrence of a word: in which entry, under which key. */
struct occurrence {
	char		*word;
	int		 entry;
	int		 key;
	int		 compound;	/* Korean words joined, not a word */
};

static struct occurrence *occ;
static size_t nocc, capocc;

/* The groups of data/synonyms.txt: words, one group a line. */
static char	**synonyms;
static size_t	  nsynonyms;

/* Reads the synonyms: a group of words a line, '#' comments. */
static void
read_synonyms(const char *path)
{
	FILE *fp;
	char *line = NULL, *f;
	size_t cap = 0, n;
	ssize_t len;

	if ((fp = fopen(path, "r")) == NULL)
		xfatal("%s: %s", path, strerror(errno));
	while ((len = getline(&line, &cap, fp)) != -1) {
		n = (size_t)len;
		while (n > 0 && word_blank_byte((unsigned char)line[n - 1]))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		f = ustr_fold(line);
		if (strcmp(f, line) != 0)
			xfatal("%s: '%s' is not as search folds it", path, line);
		synonyms = xreallocarray(synonyms, nsynonyms + 1,
		    sizeof(*synonyms));
		synonyms[nsynonyms++] = f;
	}
	free(line);
	fclose(fp);
}

static void	 add_word(const char *, size_t, int, int, int);

/* Adds the words of w's synonym group, w[0..n-1] itself aside. */
static void
add_synonyms(const char *w, size_t n, int entry, int key, int compound)
{
	const char *s, *e, *g, *f;
	size_t i, len;

	for (i = 0; i < nsynonyms; i++) {
		g = synonyms[i];
		e = g + strlen(g);
		for (s = g; (f = word_field(&s, e, &len)) != NULL;)
			if (len == n && memcmp(f, w, n) == 0)
				break;
		if (f == NULL)
			continue;
		for (s = g; (f = word_field(&s, e, &len)) != NULL;)
			if (len != n || memcmp(f, w, n) != 0)
				add_word(f, len, entry, key, compound | 2);
	}
}

/*
 * Adds one occurrence of w[0..n-1]; compound is 1 for Korean words
 * joined, and 2 is or-ed in for a synonym (whose group is not looked
 * up again).
 */
static void
add_word(const char *w, size_t n, int entry, int key, int compound)
{
	if (!(compound & 2))
		add_synonyms(w, n, entry, key, compound);
	compound &= 1;
	if (nocc == capocc) {
		capocc = capocc ? 2 * capocc : 4096;
		occ = xreallocarray(occ, capocc, sizeof(*occ));
	}
	occ[nocc].word = xstrndup(w, n);
	occ[nocc].entry = entry;
	occ[nocc].key = key;
	occ[nocc].compound = compound;
	nocc++;
}

/* Whether the word w[0..n-1] is all Hangul syllables. */
static int
all_hangul(const char *w, size_t n)
{
	const uint8_t *u = (const uint8_t *)w, *end = u + n;
	ucs4_t c;
	int len;

	while (u < end) {
		if ((len = u8_mbtouc(&c, u, (size_t)(end - u))) <= 0 ||
		    !word_is_hangul(c))
			return 0;
		u += len;
	}
	return n > 0;
}

/*
 * Adds a word, its stem when it ends with a particle, and, for a word
 * made of parts (non-authoritative, client_max_body_size, HTTP/1.1),
 * its parts: so that a query finds the word whole, without its
 * particle, or by a part of it.
 */
static void
add_forms(const char *w, size_t n, int entry, int key)
{
	const uint8_t *u = (const uint8_t *)w, *end = u + n, *part;
	size_t stem;
	ucs4_t c;
	int len, parts = 0;

	add_word(w, n, entry, key, 0);
	if ((stem = word_stem(w, n)) < n)
		add_word(w, stem, entry, key, 0);
	for (part = u; u <= end; u += len) {
		len = u < end ? u8_mbtouc(&c, u, (size_t)(end - u)) : 1;
		if (len <= 0)
			len = 1;
		if (u < end && !word_is_punct(c))
			continue;
		if (u > part && (parts > 0 || u < end))
			add_word((const char *)part, (size_t)(u - part), entry,
			    key, 0);
		parts++;
		part = u + len;
	}
}

/* At most this many Korean words are joined into one compound. */
#define COMPOUND_MAX	4

/*
 * Adds the words of the folded text s, as word_next finds them, and for
 * names and summaries the runs of two to COMPOUND_MAX Hangul words
 * joined without spaces, whole and with the last one's stem (게이트웨이
 * 시간 초과 gives 시간초과 and 게이트웨이시간초과): Korean is typed with
 * or without the spaces, and a query word must find them either way.
 */
static void
add_words(const char *s, int entry, int key)
{
	const char *end = s + strlen(s), *w, *run[COMPOUND_MAX];
	size_t n, rn[COMPOUND_MAX], i, k, len, nrun = 0;
	char buf[512];

	while ((w = word_next(&s, end, &n)) != NULL) {
		add_forms(w, n, entry, key);
		if (key > KEY_SUMMARY)
			continue;
		if (!all_hangul(w, n) || (nrun > 0 &&
		    memchr(run[nrun - 1], '\n', (size_t)(w - run[nrun - 1])))) {
			/* A line or a Latin word ends the run. */
			nrun = 0;
			if (!all_hangul(w, n))
				continue;
		}
		if (nrun == COMPOUND_MAX) {
			memmove(run, run + 1, (nrun - 1) * sizeof(*run));
			memmove(rn, rn + 1, (nrun - 1) * sizeof(*rn));
			nrun--;
		}
		run[nrun] = w;
		rn[nrun++] = n;
		/* The compounds that end with this word. */
		for (i = nrun - 1; i-- > 0;) {
			for (k = i, len = 0; k < nrun; k++) {
				if (len + rn[k] >= sizeof(buf))
					break;
				memcpy(buf + len, run[k], rn[k]);
				len += rn[k];
			}
			if (k < nrun)
				continue;
			add_word(buf, len, entry, key, 1);
			if ((k = word_stem(buf, len)) < len)
				add_word(buf, k, entry, key, 1);
		}
	}
}

static int
by_word(const void *a, const void *b)
{
	const struct occurrence *x = a, *y = b;
	int c = strcmp(x->word, y->word);

	if (c != 0)
		return c;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/* A run of occurrences of one word: occ[first..first+n-1]. */
struct group {
	size_t		 first;
	size_t		 n;
	int		 strong;	/* in a name or a summary */
};

/*
 * Writes the words of the names and summaries by their length in
 * units (word_units: Hangul as jamo), so that the typo corrector looks
 * only at words of about the length of the one it corrects: HSC_BYLEN,
 * their indices, shortest first, and HSC_LENSTART, where each length
 * starts among them.
 */
static void
emit_lengths(FILE *fp, const struct group *g, size_t ng, size_t nstrong)
{
	uint32_t u[WORD_UNITS_MAX];
	unsigned short *by;
	size_t k, i, at, start[WORD_UNITS_MAX + 2] = { 0 };
	int *len, l;

	len = xreallocarray(NULL, nstrong + 1, sizeof(*len));
	by = xreallocarray(NULL, nstrong + 1, sizeof(*by));
	for (k = 0, i = 0; k < ng; k++)
		if (g[k].strong) {
			len[i] = word_units(occ[g[k].first].word,
			    strlen(occ[g[k].first].word), u);
			if (len[i] >= 0)
				start[len[i] + 1]++;
			i++;
		}
	for (l = 1; l <= WORD_UNITS_MAX + 1; l++)
		start[l] += start[l - 1];
	if (nstrong > 0xffff)
		xfatal("%zu words in names and summaries: the index holds at "
		    "most 65535", nstrong);
	fputs("#ifdef HSC_BYLEN\nHSC_BYLEN(", fp);
	for (l = 0, at = 0; l <= WORD_UNITS_MAX; l++)
		for (i = 0; i < nstrong; i++)
			if (len[i] == l)
				fprintf(fp, "%s%zu", at++ ? ", " : "", i);
	fputs(")\n#endif\n#ifdef HSC_LENSTART\nHSC_LENSTART(", fp);
	for (l = 0; l <= WORD_UNITS_MAX + 1; l++)
		fprintf(fp, "%s%zu", l ? ", " : "", start[l]);
	fputs(")\n#endif\n", fp);
	free(len);
	free(by);
}

/*
 * Writes HSC_BYTES, how often each byte stands in the words of the
 * names and summaries, and HSC_PAIRS, a bit for each pair of bytes
 * that stands side by side in one: a query word with a pair that is
 * not there cannot be inside one, and search skips the scan.
 */
static void
emit_pairs(FILE *fp, const struct group *g, size_t ng)
{
	static unsigned char bits[65536 / 8];
	const unsigned char *w;
	size_t k, i, n, freq[256] = { 0 };
	unsigned int pair;

	memset(bits, 0, sizeof(bits));
	for (k = 0; k < ng; k++)
		if (g[k].strong)
			for (w = (const unsigned char *)occ[g[k].first].word;
			    *w != '\0'; w++)
				freq[*w]++;
	/* How often each byte stands in them: search anchors on the rarest. */
	fputs("#ifdef HSC_BYTES\nHSC_BYTES(", fp);
	for (i = 0; i < 256; i++)
		fprintf(fp, "%s%zu", i == 0 ? "" : i % 16 ? "," : ",\n",
		    freq[i] > 0xffff ? 0xffff : freq[i]);
	fputs(")\n#endif\n", fp);
	for (k = 0; k < ng; k++) {
		if (!g[k].strong)
			continue;
		w = (const unsigned char *)occ[g[k].first].word;
		for (i = 1, n = strlen((const char *)w); i < n; i++) {
			pair = (unsigned int)w[i - 1] << 8 | w[i];
			bits[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		}
	}
	fputs("#ifdef HSC_PAIRS\nHSC_PAIRS(", fp);
	for (i = 0; i < sizeof(bits); i++)
		fprintf(fp, "%s%u", i == 0 ? "" : i % 32 ? "," : ",\n", bits[i]);
	fputs(")\n#endif\n", fp);
}

/*
 * Writes the index: the vocabulary, each word's place in it and in the
 * postings, and the postings (entry << 2 | key, the best key of each
 * entry only).  The vocabulary comes in two sorted parts: first the
 * words of the names and summaries (HSC_NSTRONG of them), the only
 * ones search also matches inside a word and corrects typos to, then
 * the words found only in causes and details, and the Korean
 * compounds (matched whole or by their start).
 */
static void
emit_index(FILE *fp)
{
	struct group *g;
	size_t i, j, k, ng = 0, off = 1, post = 0, n, nstrong = 0, pass;

	qsort(occ, nocc, sizeof(*occ), by_word);
	g = xreallocarray(NULL, nocc + 1, sizeof(*g));
	for (i = 0; i < nocc; i = j) {
		g[ng].first = i;
		g[ng].strong = 0;
		for (j = i; j < nocc && strcmp(occ[j].word, occ[i].word) == 0;
		    j++)
			if (occ[j].key <= KEY_SUMMARY && !occ[j].compound)
				g[ng].strong = 1;
		g[ng].n = j - i;
		nstrong += g[ng].strong;
		ng++;
	}
	/* A NUL ends the first part, so that strstr stops there. */
	fputs("#ifdef HSC_VOCAB\nHSC_VOCAB(\"\\n\"", fp);
	for (pass = 0; pass < 2; pass++) {
		for (k = 0; k < ng; k++)
			if (g[k].strong == !pass) {
				fputs("\n\t", fp);
				emit_str(fp, occ[g[k].first].word);
				fputs(" \"\\n\"", fp);
			}
		if (pass == 0)
			fputs("\n\t\"\\0\"", fp);
	}
	fprintf(fp, ")\n#endif\n#ifdef HSC_NSTRONG\nHSC_NSTRONG(%zu)\n"
	    "#endif\n#ifdef HSC_WORD\n", nstrong);
	off = 1;
	for (pass = 0; pass < 2; pass++, off++)
		for (k = 0; k < ng; k++) {
			if (g[k].strong != !pass)
				continue;
			i = g[k].first;
			for (j = i, n = 0; j < i + g[k].n; j++)
				if (j == i || occ[j].entry != occ[j - 1].entry)
					n++;
			if (n > HSC_MAX_POSTINGS || off > 0xffffffffu ||
			    post > 0xffffffffu)
				xfatal("the word '%s' overflows the index format "
				    "(src/common/table.h)", occ[i].word);
			fprintf(fp, "HSC_WORD(%zu, %zu, %zu)\n", off, post, n);
			off += strlen(occ[i].word) + 1;
			post += n;
		}
	fputs("#endif\n", fp);
	emit_lengths(fp, g, ng, nstrong);
	emit_pairs(fp, g, ng);
	fputs("#ifdef HSC_POSTINGS\n", fp);
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < ng; k++) {
			if (g[k].strong != !pass)
				continue;
			fputs("HSC_POSTINGS(", fp);
			i = g[k].first;
			for (j = i, n = 0; j < i + g[k].n; j++)
				if (j == i || occ[j].entry != occ[j - 1].entry)
					fprintf(fp, "%s%d", n++ ? ", " : "",
					    occ[j].entry << 2 | occ[j].key);
			fputs(")\n", fp);
		}
	fputs("#endif\n", fp);
	for (i = 0; i < nocc; i++)
		free(occ[i].word);
	free(occ);
	free(g);
}

/* Writes { offset.en, offset.ko } for the run of fields from f. */
static void
emit_langs_off(FILE *fp, const struct df_record *r, int f)
{
	int l;

	fputs("{", fp);
	for (l = 0; l < LANG_MAX; l++) {
		fputs(l ? ", " : " ", fp);
		emit_off(fp, r->val[f + l]);
	}
	fputs(" }", fp);
}

/* Writes { text.en, text.ko } for the run of fields from f. */
static void
emit_langs(FILE *fp, const struct df_record *r, int f)
{
	int l;

	fputs("{", fp);
	for (l = 0; l < LANG_MAX; l++) {
		fputs(l ? ",\n\t    " : "\n\t    ", fp);
		emit_str(fp, r->val[f + l]);
	}
	fputs(" }", fp);
}

/*
 * The lines of the folded text s, each in word_normalize's form: how
 * search compares a whole query, or its words side by side, with the
 * names and summaries.  Allocated.
 */
static char *
normal_lines(const char *s)
{
	const char *e;
	char *r = xmalloc(strlen(s) + 1), *p = r, *l;
	size_t n;

	for (; *s != '\0'; s = *e == '\0' ? e : e + 1) {
		e = s + strcspn(s, "\n");
		l = word_normalize(s, (size_t)(e - s));
		if ((n = strlen(l)) > 0) {
			if (p > r)
				*p++ = '\n';
			memcpy(p, l, n);
			p += n;
		}
		free(l);
	}
	*p = '\0';
	return r;
}

/* The names, or the summaries, of r as search compares them. */
static char *
search_lines(const struct df_record *r, int key)
{
	char *j = join(r, key_parts[key]), *f = ustr_fold(j), *n;

	n = normal_lines(f);
	free(f);
	free(j);
	return n;
}

static void
emit_class(FILE *fp, const struct df_record *r)
{
	static const int parts[] = {
#define X(id, code)	F_NAME + LANG_##id, F_SEARCH + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    -1 };
	char *j, *f, *n;

	fprintf(fp, "HSC_CLASS(/* %dxx */\n\t.name = ", r->code / 100);
	emit_langs(fp, r, F_NAME);
	fputs(",\n\t.summary = ", fp);
	emit_langs(fp, r, F_SUMMARY);
	fputs(",\n\t.detail = ", fp);
	emit_langs(fp, r, F_DETAIL);
	j = join(r, parts);
	f = ustr_fold(j);
	n = normal_lines(f);
	fputs(",\n\t.names = ", fp);
	emit_str(fp, n);
	free(n);
	free(f);
	free(j);
	fputs(")\n", fp);
}

/* The entries of the table, counted as they are written. */
static size_t nentries;

static void
emit_code(FILE *fp, const struct df_record *r)
{
	const char *k;
	char *key[KEY_MAX] = { NULL }, *f;
	int i;

	fprintf(fp, "HSC_CODE(.code = %d, .sub = %d, .kind = KIND_", r->code,
	    r->sub);
	for (k = hsc_kind_names[r->kind]; *k != '\0'; k++)
		fputc(toupper((unsigned char)*k), fp);
	fputs(",\n\t.origin = ", fp);
	emit_off(fp, r->val[F_ORIGIN]);
	fputs(",\n\t.origin_ko = ", fp);
	emit_off(fp, r->val[F_ORIGIN_KO]);
	fputs(",\n\t.phrase = ", fp);
	emit_off(fp, r->val[F_PHRASE]);
	fputs(",\n\t.aliases = ", fp);
	emit_list(fp, r->aliases);
	fputs(",\n\t.name_ko = ", fp);
	emit_off(fp, r->val[F_NAME + LANG_KO]);
	fputs(",\n\t.summary = ", fp);
	emit_langs_off(fp, r, F_SUMMARY);
	fputs(",\n\t.spec = ", fp);
	emit_off(fp, r->val[F_SPEC]);
	fputs(",\n\t.sources = ", fp);
	emit_list(fp, r->sources);
	fputs(",\n\t.see = ", fp);
	emit_refs(fp, r->see);
	fputs(",\n\t.headers = ", fp);
	emit_list(fp, r->headers);
	fputs(",\n\t.consts = {", fp);
	for (i = 0; i < CONST_MAX; i++) {
		fputs(i ? ", " : " ", fp);
		emit_consts(fp, r->consts[i], r->nconsts[i]);
	}
	fputs(" },\n\t.detail = ", fp);
	emit_langs_off(fp, r, F_DETAIL);
	fputs(",\n\t.causes = ", fp);
	emit_langs_off(fp, r, F_CAUSES);
	fputs(",\n", fp);

	/* The search index: names whole, and every word by key. */
	for (i = 0; i < KEY_MAX; i++) {
		f = join(r, key_parts[i]);
		key[i] = ustr_fold(f);
		free(f);
	}
	fputs("\t.names = ", fp);
	f = search_lines(r, KEY_NAME);
	emit_off(fp, f);
	free(f);
	fputs(",\n\t.sums = ", fp);
	f = search_lines(r, KEY_SUMMARY);
	emit_off(fp, f);
	free(f);
	fprintf(fp, ",\n\t.prior = %d", r->prior);
	for (i = 0; i < KEY_MAX; i++) {
		add_words(key[i], (int)nentries, i);
		free(key[i]);
	}
	fputs(")\n", fp);
	nentries++;
}

int
main(int argc, char *argv[])
{
	struct df_db db;
	const char *out = NULL, *common = NULL, *glossary = NULL;
	FILE *fp;
	size_t i;
	int c, subset = 0;

	xprogname = "hscgen";
	while ((c = getopt(argc, argv, "c:g:so:y:")) != -1) {
		switch (c) {
		case 'c':
			common = optarg;
			break;
		case 'y':
			read_synonyms(optarg);
			break;
		case 'g':
			glossary = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 's':
			subset = 1;
			break;
		default:
			fprintf(stderr, "usage: hscgen [-s] [-c common] [-g glossary] "
			    "[-y synonyms] [-o output] file ...\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		fprintf(stderr, "usage: hscgen [-s] [-c common] [-g glossary] "
		    "[-y synonyms] [-o output] file ...\n");
		return 2;
	}

	df_init(&db, stderr);
	db.subset = subset;
	if (glossary != NULL)
		df_read_glossary(&db, glossary);
	for (c = 0; c < argc; c++)
		df_read(&db, argv[c]);
	df_finish(&db);
	if (common != NULL)
		df_read_common(&db, common);
	if (db.nerr > 0) {
		fprintf(stderr, "hscgen: %d error%s in the data\n", db.nerr,
		    db.nerr == 1 ? "" : "s");
		df_free(&db);
		return 1;
	}
	if (db.nrec > HSC_MAX_ENTRIES)
		xfatal("%zu records: the index holds at most %u", db.nrec,
		    HSC_MAX_ENTRIES);

	if (out == NULL || strcmp(out, "-") == 0)
		fp = stdout;
	else if ((fp = fopen(out, "w")) == NULL)
		xfatal("%s: %s", out, strerror(errno));
	fputs("/* Generated by hscgen from", fp);
	for (c = 0; c < argc; c++)
		fprintf(fp, " %s", argv[c]);
	fputs(";\n * do not edit: edit data/ and run make. */\n", fp);
	fprintf(fp, "#ifdef HSC_REGISTRY\nHSC_REGISTRY(\"%s\")\n#endif\n",
	    df_iana_date);
	fputs("#ifdef HSC_CLASS\n", fp);
	for (i = 0; i < db.nrec; i++)
		if (db.rec[i].is_class)
			emit_class(fp, &db.rec[i]);
	fputs("#endif\n#ifdef HSC_CODE\n", fp);
	pool_init();
	for (i = 0; i < db.nrec; i++)
		if (!db.rec[i].is_class)
			emit_code(fp, &db.rec[i]);
	fputs("#endif\n", fp);
	emit_pool(fp);
	emit_index(fp);
	df_free(&db);
	if (fflush(fp) != 0 || ferror(fp) || (fp != stdout && fclose(fp)))
		xfatal("%s: %s", out == NULL ? "stdout" : out,
		    strerror(errno));
	return 0;
}
