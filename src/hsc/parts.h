/*
 * A large regular file read in parts cut after newlines: threads take
 * the parts in turn, and the calling thread is handed each one back in
 * the file's order, so that what it makes of them is what one reading
 * from start to end would make.  --count adds up tallies so, and
 * --annotate writes out annotated copies.
 */
#ifndef HSC_PARTS_H
#define HSC_PARTS_H

#include <sys/types.h>

/* At most this many threads when asked, and one per processor up to this. */
#define PARTS_THREADS	64
#define PARTS_PROCESSORS 8
/* A file smaller than this per thread is read by one thread. */
#define PARTS_MIN	(4 * 1024 * 1024)
/* Parts read ahead of the one handed back, for k threads: the slots. */
#define PARTS_WINDOW(k)	(2 * (k))

struct parts {
	int	 fd;
	off_t	 start, end;	/* the bytes cut into parts */
	off_t	 len;		/* a part's length, about (cut after it) */
	off_t	 most;		/* no part longer than this; 0: no limit */
	int	 k;		/* threads, the calling one too: parts_threads */
	/*
	 * Reads the part [a, b) into slot (below PARTS_WINDOW(k)), in any
	 * of the threads.
	 */
	void	(*read)(void *, int slot, off_t a, off_t b);
	/*
	 * The part in slot, read, handed back in order in the calling
	 * thread: 0 to go on, -1 to stop.
	 */
	int	(*done)(void *, int slot, off_t a, off_t b);
	void	*arg;
};

int	parts_threads(int);
off_t	parts_run(const struct parts *);

#endif
