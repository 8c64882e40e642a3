/*
 * The bytes of a log.  source_sniff reads the first bytes and tells
 * what they are by their magic number: gzip is inflated with zlib as
 * it is read (several members, as `cat a.gz b.gz` makes, too); bzip2,
 * xz, zstd, lz4, lzip, compress, zip, 7z and UTF-16 are named so that
 * the caller can say what to run first.  A UTF-8 byte order mark (IIS
 * writes one) is dropped.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "source.h"
#include "xalloc.h"

/* Compressed bytes read at a time. */
#define ZBUF	(128 * 1024)

const char *const source_kinds[SRC_MAX] = {
	"plain", "gzip", "bzip2", "xz", "zstd", "lz4", "lzip", "compress",
	"zip", "7z", "UTF-16"
};

/* What to pipe such data through first. */
const char *const source_tools[SRC_MAX] = {
	"", "zcat", "bzcat", "xzcat", "zstdcat", "lz4cat", "lzip -dc",
	"zcat", "unzip -p", "7z x -so", "iconv -f UTF-16 -t UTF-8"
};

static ssize_t	 raw_read(struct source *, void *, size_t);
static int	 refill(struct source *);

/*
 * Opens the file name ("-": standard input).  Returns 0, or -1 with
 * errno set.
 */
int
source_open(struct source *in, const char *name)
{
	struct stat st;

	memset(in, 0, sizeof(*in));
	in->end = -1;
	if (strcmp(name, "-") == 0)
		in->fd = STDIN_FILENO;
	else {
		if ((in->fd = open(name, O_RDONLY)) < 0)
			return -1;
		in->own = 1;
	}
	if (fstat(in->fd, &st) != 0) {
		source_close(in);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		source_close(in);
		errno = EISDIR;
		return -1;
	}
	in->regular = S_ISREG(st.st_mode);
	in->size = st.st_size;
	return 0;
}

/* Reads the bytes from a to b of the open file fd (not ours to close). */
void
source_range(struct source *in, int fd, off_t a, off_t b)
{
	memset(in, 0, sizeof(*in));
	in->fd = fd;
	in->regular = 1;
	in->pos = a;
	in->end = b;
	in->kind = SRC_PLAIN;
}

/* Reads raw bytes: from the range, or from where the file is. */
static ssize_t
raw_read(struct source *in, void *buf, size_t n)
{
	ssize_t got;

	if (in->eof)
		return 0;
	for (;;) {
		if (in->end >= 0) {
			if (in->pos >= in->end) {
				in->eof = 1;
				return 0;
			}
			if ((off_t)n > in->end - in->pos)
				n = (size_t)(in->end - in->pos);
			got = pread(in->fd, buf, n, in->pos);
		} else
			got = read(in->fd, buf, n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got > 0)
			in->pos += got;
		if (got == 0)
			in->eof = 1;
		return got;
	}
}

/*
 * Reads the first bytes and decides what the stream holds (the kind,
 * also in in->kind).  Returns the kind, or -1 with errno set.
 */
int
source_sniff(struct source *in)
{
	static const struct {
		const unsigned char	*magic;
		size_t			 len;
		int			 kind;
	} magics[] = {
		{ (const unsigned char *)"\x1f\x8b", 2, SRC_GZIP },
		{ (const unsigned char *)"BZh", 3, SRC_BZIP2 },
		{ (const unsigned char *)"\xfd" "7zXZ\0", 6, SRC_XZ },
		{ (const unsigned char *)"\x28\xb5\x2f\xfd", 4, SRC_ZSTD },
		{ (const unsigned char *)"\x04\x22\x4d\x18", 4, SRC_LZ4 },
		{ (const unsigned char *)"LZIP", 4, SRC_LZIP },
		{ (const unsigned char *)"\x1f\x9d", 2, SRC_COMPRESS },
		{ (const unsigned char *)"PK\x03\x04", 4, SRC_ZIP },
		{ (const unsigned char *)"7z\xbc\xaf\x27\x1c", 6, SRC_7Z },
		{ (const unsigned char *)"\xff\xfe", 2, SRC_UTF16 },
		{ (const unsigned char *)"\xfe\xff", 2, SRC_UTF16 },
	};
	ssize_t got;
	size_t i;

	/* Pipes give what they have: read until 8 bytes, or the end. */
	while (in->npeek < 8) {
		got = raw_read(in, in->peek + in->npeek, SRC_PEEK - in->npeek);
		if (got < 0)
			return -1;
		if (got == 0)
			break;
		in->npeek += (size_t)got;
	}
	in->kind = SRC_PLAIN;
	for (i = 0; i < sizeof(magics) / sizeof(magics[0]); i++)
		if (in->npeek >= magics[i].len &&
		    memcmp(in->peek, magics[i].magic, magics[i].len) == 0) {
			in->kind = magics[i].kind;
			break;
		}
	/* "BZh" then a block size digit, not a log line starting "BZh". */
	if (in->kind == SRC_BZIP2 && (in->npeek < 4 || in->peek[3] < '1' ||
	    in->peek[3] > '9'))
		in->kind = SRC_PLAIN;
	if (in->kind == SRC_PLAIN && in->npeek >= 3 &&
	    memcmp(in->peek, "\xef\xbb\xbf", 3) == 0)
		in->peekpos = 3;
	if (in->kind == SRC_GZIP) {
		if (inflateInit2(&in->z, 15 + 16) != Z_OK) {
			errno = ENOMEM;
			return -1;
		}
		in->zinit = 1;
		in->zbuf = xmalloc(ZBUF);
		memcpy(in->zbuf, in->peek, in->npeek);
		in->z.next_in = in->zbuf;
		in->z.avail_in = (uInt)in->npeek;
		in->peekpos = in->npeek;
	}
	return in->kind;
}

/* Gives inflate more input when it has used all it had; -1: errno. */
static int
refill(struct source *in)
{
	ssize_t got;

	if (in->z.avail_in > 0 || in->eof)
		return 0;
	if ((got = raw_read(in, in->zbuf, ZBUF)) < 0)
		return -1;
	in->z.next_in = in->zbuf;
	in->z.avail_in = (uInt)got;
	return 0;
}

/*
 * Reads up to n bytes of the log (inflated).  Returns how many, 0 at
 * the end, or -1: errno says why, or in->zerr for bad gzip data.
 */
ssize_t
source_read(struct source *in, char *buf, size_t n)
{
	size_t k;
	uInt want;
	int r;

	if (in->kind != SRC_GZIP) {
		if (in->peekpos < in->npeek) {
			k = in->npeek - in->peekpos;
			if (k > n)
				k = n;
			memcpy(buf, in->peek + in->peekpos, k);
			in->peekpos += k;
			return (ssize_t)k;
		}
		return raw_read(in, buf, n);
	}
	if (in->zend)
		return 0;
	want = (uInt)(n > 1U << 30 ? 1U << 30 : n);
	in->z.next_out = (unsigned char *)buf;
	in->z.avail_out = want;
	while (in->z.avail_out == want) {
		if (refill(in) != 0)
			return -1;
		r = inflate(&in->z, Z_NO_FLUSH);
		if (r == Z_STREAM_END) {
			/* Another member follows, or the end, or garbage. */
			if (refill(in) != 0)
				return -1;
			if (in->z.avail_in == 0) {
				in->zend = 1;
				break;
			}
			if (in->z.avail_in < 2 || in->z.next_in[0] != 0x1f ||
			    in->z.next_in[1] != 0x8b) {
				in->trailing = 1;
				in->zend = 1;
				break;
			}
			inflateReset(&in->z);
			continue;
		}
		if (r == Z_BUF_ERROR && in->z.avail_in == 0 && in->eof) {
			in->zerr = Z_ERR_TRUNCATED;
			return -1;
		}
		if (r != Z_OK && r != Z_BUF_ERROR) {
			in->zerr = Z_ERR_DATA;
			in->zmsg = in->z.msg;
			return -1;
		}
	}
	return (ssize_t)((unsigned char *)in->z.next_out -
	    (unsigned char *)buf);
}

void
source_close(struct source *in)
{
	if (in->zinit)
		inflateEnd(&in->z);
	in->zinit = 0;
	free(in->zbuf);
	in->zbuf = NULL;
	if (in->own && in->fd >= 0)
		close(in->fd);
	in->own = 0;
}
