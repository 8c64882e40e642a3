/*
 * What people paste, turned into the queries query.c understands: a
 * status line ("HTTP/1.1 502 Bad Gateway", "< HTTP/2 404", given as one
 * argument or several), a code in punctuation ("404.", "(404)"), the
 * arguments in the locale's encoding, and "-": queries read from stdin,
 * one a line.
 */
#ifndef HSC_INPUT_H
#define HSC_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "word.h"

/* A status line: HTTP/1.1 404 Not Found. */
struct status_line {
	int		 code;		/* its three digits, 000-999 */
	const char	*phrase;	/* the reason phrase, trimmed; or NULL */
	size_t		 phrase_len;
};

/* One query made of one or more arguments. */
struct input_query {
	char		*text;		/* UTF-8, for query_prepare */
	int		 code;		/* of a status line, else -1 */
	char		*phrase;	/* its reason phrase, or NULL */
	int		 used;		/* how many arguments it took */
};

/* The queries of a command line, in order. */
struct input {
	char		**text;
	char		 *alone;	/* 1: a line of stdin, a search alone */
	int		  n;
	int		  cap;
};

/*
 * Whether a line whose first byte is c can be a status line: blanks,
 * curl -v's "<" or HTTP/ in any case.  The test input_status_line
 * starts with, inline for the callers that try every line of a log.
 */
static inline int
input_status_first(int c)
{
	return c == 'H' || c == 'h' || c == '<' || word_blank_byte(c);
}

int	 input_status_line(const char *, size_t, struct status_line *);
char	*input_decode(const char *, size_t, const char *);
int	 input_query(char *const *, int, int, struct input_query *);
int	 input_phrase_differs(int, const char *, const char **);
void	 input_collect(struct input *, char *const *, int, int,
	    const char *, FILE *);
void	 input_free(struct input *);

#endif
