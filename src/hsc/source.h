/*
 * Reading the bytes of a log: a file, standard input, or a byte range
 * of a file; gzip data inflated on the way, recognised by its magic
 * number, and other compressed data recognised and refused.
 */
#ifndef HSC_SOURCE_H
#define HSC_SOURCE_H

#include <sys/types.h>

#include <stddef.h>

#include <zlib.h>

/* What the first bytes of a stream say it is. */
enum srckind {
	SRC_PLAIN,
	SRC_GZIP,
	SRC_BZIP2,
	SRC_XZ,
	SRC_ZSTD,
	SRC_LZ4,
	SRC_LZIP,
	SRC_COMPRESS,	/* compress(1), .Z */
	SRC_ZIP,
	SRC_7Z,
	SRC_UTF16,
	SRC_MAX
};

#define SRC_PEEK	512

struct source {
	int		 fd;
	int		 own;		/* fd is ours to close */
	int		 regular;	/* a regular file: size is its size */
	off_t		 size;
	off_t		 pos;		/* next offset to pread */
	off_t		 end;		/* of the range; -1: read() to the end */
	int		 kind;		/* enum srckind */
	unsigned char	 peek[SRC_PEEK];	/* the first bytes, read by sniffing */
	size_t		 npeek;
	size_t		 peekpos;
	z_stream	 z;
	int		 zinit;
	int		 zend;		/* the gzip data ended */
	unsigned char	*zbuf;
	int		 trailing;	/* bytes after the gzip data ignored */
	int		 eof;		/* the raw bytes are all read */
	int		 zerr;		/* enum zerr: bad gzip data, or 0 */
	const char	*zmsg;		/* zlib's word on it, or NULL */
};

enum zerr {
	Z_ERR_NONE,
	Z_ERR_TRUNCATED,
	Z_ERR_DATA
};

extern const char *const	source_kinds[SRC_MAX];
extern const char *const	source_tools[SRC_MAX];

int	source_open(struct source *, const char *);
void	source_range(struct source *, int, off_t, off_t);
int	source_sniff(struct source *);
ssize_t	source_read(struct source *, char *, size_t);
void	source_close(struct source *);

#endif
