/*
 * A file read in parts by several threads, handed back in order.  The
 * parts are cut as they are taken: a part starts where the one before
 * it ended and ends after the first newline at least len bytes on (or
 * at the end).  At most PARTS_WINDOW(k) parts are out at a time, read
 * or being read but not yet handed back, so what the caller keeps per
 * part is bounded whatever the file's size; a thread that gets no
 * processor only takes fewer parts.  The calling thread takes parts
 * too when none is ready to be handed back.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parts.h"
#include "xalloc.h"

struct pool {
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;	/* a part was read or handed back */
	const struct parts	*pt;
	int			 window;
	off_t			 at;	/* where the next part starts */
	int			 taken;	/* parts taken so far */
	int			 handed;	/* parts handed back so far */
	int			 last;	/* no part is left to take */
	off_t			 a[PARTS_WINDOW(PARTS_THREADS)];	/* by slot */
	off_t			 b[PARTS_WINDOW(PARTS_THREADS)];
	unsigned char		 ready[PARTS_WINDOW(PARTS_THREADS)];
};

static off_t	 cut(const struct parts *, off_t);
static int	 take(struct pool *);
static void	 read_slot(struct pool *, int);
static void	*worker(void *);

/*
 * How many threads to read a large file with: asked (HSC_THREADS) when
 * it is not 0, up to PARTS_THREADS, else one per processor up to
 * PARTS_PROCESSORS.
 */
int
parts_threads(int asked)
{
	long n;

	if (asked > 0)
		return asked > PARTS_THREADS ? PARTS_THREADS : asked;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return n > PARTS_PROCESSORS ? PARTS_PROCESSORS : (int)n;
}

/*
 * The end of the part that starts at a: after the first newline from
 * a + len on, or the end; -1 when no newline comes within pt->most of
 * a.  A read error ends the part at the end, for its reader to meet.
 */
static off_t
cut(const struct parts *pt, off_t a)
{
	char win[4096], *nl;
	off_t b = a + pt->len;
	ssize_t got;
	size_t want;

	while (b < pt->end) {
		if (pt->most > 0 && b - a >= pt->most)
			return -1;
		want = pt->end - b < (off_t)sizeof(win) ?
		    (size_t)(pt->end - b) : sizeof(win);
		if ((got = pread(pt->fd, win, want, b)) <= 0)
			break;
		if ((nl = memchr(win, '\n', (size_t)got)) != NULL)
			return b + (nl - win) + 1;
		b += got;
	}
	return pt->end;
}

/*
 * Takes the next part, when one is left and the window has room: its
 * slot, or -1.  Called with the lock held.
 */
static int
take(struct pool *pl)
{
	off_t b;
	int slot;

	if (pl->last || pl->taken >= pl->handed + pl->window)
		return -1;
	if (pl->at >= pl->pt->end || (b = cut(pl->pt, pl->at)) < 0) {
		pl->last = 1;
		return -1;
	}
	slot = pl->taken++ % pl->window;
	pl->a[slot] = pl->at;
	pl->b[slot] = b;
	pl->ready[slot] = 0;
	pl->at = b;
	return slot;
}

/*
 * Reads the part taken into slot, without the lock (held on entry and
 * on return), and says it is ready.
 */
static void
read_slot(struct pool *pl, int slot)
{
	pthread_mutex_unlock(&pl->mu);
	pl->pt->read(pl->pt->arg, slot, pl->a[slot], pl->b[slot]);
	pthread_mutex_lock(&pl->mu);
	pl->ready[slot] = 1;
	pthread_cond_broadcast(&pl->cv);
}

/* A thread: reads parts until none is left. */
static void *
worker(void *arg)
{
	struct pool *pl = arg;
	int slot;

	pthread_mutex_lock(&pl->mu);
	for (;;) {
		if ((slot = take(pl)) < 0) {
			if (pl->last)
				break;
			/* The window is full: wait for a part handed back. */
			pthread_cond_wait(&pl->cv, &pl->mu);
			continue;
		}
		read_slot(pl, slot);
	}
	pthread_mutex_unlock(&pl->mu);
	return NULL;
}

/*
 * Reads pt->start to pt->end of pt->fd in parts with pt->k threads (this
 * one too) and hands each back in order.  Returns the offset where the
 * parts handed back end: pt->end, or less when done said stop or a part
 * could not be cut within pt->most (the rest is the caller's to read).
 */
off_t
parts_run(const struct parts *pt)
{
	struct pool *pl = xcalloc(1, sizeof(*pl));
	pthread_t th[PARTS_THREADS];
	int started[PARTS_THREADS], i, k = pt->k, slot;
	off_t reached = pt->start;

	pl->pt = pt;
	pl->window = PARTS_WINDOW(k);
	pl->at = pt->start;
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->cv, NULL);
	for (i = 1; i < k; i++)
		started[i] = pthread_create(&th[i], NULL, worker, pl) == 0;

	pthread_mutex_lock(&pl->mu);
	for (;;) {
		slot = pl->handed % pl->window;
		if (pl->handed < pl->taken && pl->ready[slot]) {
			pthread_mutex_unlock(&pl->mu);
			if (pt->done(pt->arg, slot, pl->a[slot],
			    pl->b[slot]) != 0) {
				pthread_mutex_lock(&pl->mu);
				pl->last = 1;
				pthread_cond_broadcast(&pl->cv);
				break;
			}
			reached = pl->b[slot];
			pthread_mutex_lock(&pl->mu);
			pl->handed++;
			pthread_cond_broadcast(&pl->cv);
			continue;
		}
		if ((slot = take(pl)) >= 0) {
			read_slot(pl, slot);
			continue;
		}
		if (pl->last && pl->handed == pl->taken)
			break;
		pthread_cond_wait(&pl->cv, &pl->mu);
	}
	pthread_mutex_unlock(&pl->mu);
	/* Parts still being read are the caller's memory: wait for them. */
	for (i = 1; i < k; i++)
		if (started[i])
			pthread_join(th[i], NULL);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
	free(pl);
	return reached;
}
