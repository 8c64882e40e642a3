/*
 * Reading the bytes of a log: a file, standard input, or a byte range
 * of a file; gzip data inflated on the way, recognised by its magic
 * number, and other compressed data recognised and refused.
 */
#ifndef HSC_INPUT_H
#define HSC_INPUT_H

#include <sys/types.h>

#include <stddef.h>

#include <zlib.h>

/* What the first bytes of a stream say it is. */
enum inkind {
	IN_PLAIN,
	IN_GZIP,
	IN_BZIP2,
	IN_XZ,
	IN_ZSTD,
	IN_LZ4,
	IN_LZIP,
	IN_COMPRESS,	/* compress(1), .Z */
	IN_ZIP,
	IN_7Z,
	IN_UTF16,
	IN_MAX
};

#define IN_PEEK	512

struct input {
	int		 fd;
	int		 own;		/* fd is ours to close */
	int		 regular;	/* a regular file: size is its size */
	off_t		 size;
	off_t		 pos;		/* next offset to pread */
	off_t		 end;		/* of the range; -1: read() to the end */
	int		 kind;		/* enum inkind */
	unsigned char	 peek[IN_PEEK];	/* the first bytes, read by sniffing */
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

extern const char *const	input_kinds[IN_MAX];
extern const char *const	input_tools[IN_MAX];

int	input_open(struct input *, const char *);
void	input_range(struct input *, int, off_t, off_t);
int	input_sniff(struct input *);
ssize_t	input_read(struct input *, char *, size_t);
void	input_close(struct input *);

#endif
