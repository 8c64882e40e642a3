/*
 * Lookups by number in the table: the meanings of a code, its IIS
 * substatus codes, the entry a see-also names, an entry's name as a
 * number, and a code's class.  Kept apart from table.c so that they
 * are compiled once, for the real table and the fixture alike.
 */
#include <stdlib.h>
#include <string.h>

#include "table.h"

static int
cmp_code(const void *key, const void *elem)
{
	int code = *(const int *)key;
	const struct hsc_code *c = elem;

	return code - (int)c->code;
}

/* The first entry of a code, substatus codes included, or NULL. */
static const struct hsc_code *
first_of(int code)
{
	const struct hsc_code *c;

	c = bsearch(&code, hsc_codes, hsc_ncodes, sizeof(*c), cmp_code);
	while (c != NULL && c > hsc_codes && c[-1].code == code)
		c--;
	return c;
}

/*
 * Returns the first of the meanings of a code and, in *n, how many
 * there are (they are adjacent in the table, before the code's IIS
 * substatus codes, which are not meanings of it); NULL when none.
 */
const struct hsc_code *
codes_find(int code, size_t *n)
{
	const struct hsc_code *c, *first, *end = hsc_codes + hsc_ncodes;

	*n = 0;
	if ((first = first_of(code)) == NULL || first->sub >= 0)
		return NULL;
	for (c = first; c < end && c->code == code && c->sub < 0; c++)
		continue;
	*n = (size_t)(c - first);
	return first;
}

/* The IIS substatus code code.sub (500.19), or NULL. */
const struct hsc_code *
codes_find_sub(int code, int sub)
{
	const struct hsc_code *c, *end = hsc_codes + hsc_ncodes;

	if (sub < 0 || (c = first_of(code)) == NULL)
		return NULL;
	for (; c < end && c->code == code; c++)
		if (c->sub == sub)
			return c;
	return NULL;
}

/*
 * Returns the first of the IIS substatus codes of a code and, in *n,
 * how many there are (adjacent, in order); NULL when none.
 */
const struct hsc_code *
codes_subs(int code, size_t *n)
{
	const struct hsc_code *c, *first, *end = hsc_codes + hsc_ncodes;

	*n = 0;
	if ((first = first_of(code)) == NULL)
		return NULL;
	while (first < end && first->code == code && first->sub < 0)
		first++;
	for (c = first; c < end && c->code == code; c++)
		continue;
	*n = (size_t)(c - first);
	return *n > 0 ? first : NULL;
}

/*
 * The IIS substatus codes that belong to the entry c, as codes_subs
 * counts them: only the first meaning of a code has them (404 Not
 * Found, not a vendor's 404, nor 404.0 itself).  NULL when none.
 */
const struct hsc_code *
codes_own_subs(const struct hsc_code *c, size_t *n)
{
	*n = 0;
	if (c->sub >= 0 || c != codes_find(c->code, n))
		return NULL;
	return codes_subs(c->code, n);
}

/* The entry a see-also reference names (the first meaning), or NULL. */
const struct hsc_code *
codes_ref(const struct hsc_ref *r)
{
	size_t n;

	return r->sub >= 0 ? codes_find_sub(r->code, r->sub) :
	    codes_find(r->code, &n);
}

/*
 * Whether an entry belongs in the lists of classes, patterns and
 * ranges: a status code of 100-599 itself, not one of its IIS
 * substatus codes, not 000 or 999.
 */
int
codes_listed(const struct hsc_code *c)
{
	return c->sub < 0 && c->code >= 100 && c->code <= 599;
}

/* Writes an entry's name as a number, "404", "500.19" or "000". */
int
codes_id(const struct hsc_code *c, char *buf, size_t size)
{
	char d[16];
	int n = 0, k = 0, v;

	/* By hand: snprintf would cost more than the rest of a lookup. */
	d[n++] = (char)('0' + c->code / 100);
	d[n++] = (char)('0' + c->code / 10 % 10);
	d[n++] = (char)('0' + c->code % 10);
	if (c->sub >= 0) {
		d[n++] = '.';
		for (v = c->sub; v >= 10 && k < 4; k++)
			v /= 10;
		for (v = c->sub, k = n + k; k >= n; k--, v /= 10)
			d[k] = (char)('0' + v % 10);
		n += (c->sub >= 1000) + (c->sub >= 100) + (c->sub >= 10) + 1;
	}
	if (size == 0)
		return n;
	memcpy(buf, d, (size_t)n < size ? (size_t)n : size - 1);
	buf[(size_t)n < size ? (size_t)n : size - 1] = '\0';
	return n;
}

/* The class of a code, 100-599. */
const struct hsc_class *
codes_class(int code)
{
	return &hsc_classes[code / 100 - 1];
}
