/*
 * What the environment decides: language, wrap width, colour, encoding,
 * the pager, threads.  The only file that reads COLUMNS, NO_COLOR, TERM,
 * HSC_PAGER, PAGER, HSC_THREADS and the locale variables, or asks the
 * terminal its size.
 */
#ifndef HSC_TERM_H
#define HSC_TERM_H

int		 term_lang(int);
int		 term_width(int);
int		 term_size(int *, int *);
const char	*term_pager(void);
int		 term_color(int);
const char	*term_conv(void);
int		 term_threads(void);

#endif
