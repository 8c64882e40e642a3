# hsc: HTTP status codes, explained in the terminal.
#
# make              build ./hsc
# make check        build, then run every test (last line: totals)
# make run ARGS=…   build and run ./hsc (default: 404)
# make deps         install the Debian packages needed to build and test
# make install      install under $(DESTDIR)$(PREFIX); make uninstall
# make clean

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATAROOTDIR ?= $(PREFIX)/share
MANDIR ?= $(DATAROOTDIR)/man

CFLAGS ?= -g -O2
WARNFLAGS = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wpointer-arith -Wcast-qual -Wwrite-strings -Wformat=2 -Wundef -Wvla
# Kept apart from CFLAGS, so that `make CFLAGS=-O0` keeps the warnings.
ALL_CFLAGS = -std=c11 $(WARNFLAGS) $(CFLAGS)
ALL_CPPFLAGS = -D_DEFAULT_SOURCE -DHSC_VERSION='"$(VERSION)"' -Isrc $(CPPFLAGS)
# Debian's libunistring has no pkg-config file.
LDLIBS = -lunistring
PKG_CONFIG ?= pkg-config
INSTALL ?= install
ARGS ?= 404

# Debian packages that building and testing need (make deps).
DEB_PACKAGES = gcc make libc6-dev pkg-config libunistring-dev check jq \
	bsdutils

DATA = $(sort $(wildcard data/[1-5]xx.txt))

HSC_OBJS = src/main.o $(LIB_OBJS)
LIB_OBJS = src/codes.o src/count.o src/names.o src/opts.o src/query.o \
	src/search.o \
	src/out.o src/text.o src/json.o src/term.o src/ustr.o src/msg.o
GEN_OBJS = src/hscgen.o src/datafile.o src/names.o
UNIT_OBJS = tests/unit/check_main.o tests/unit/check_query.o \
	tests/unit/check_search.o tests/unit/check_ustr.o \
	tests/unit/check_json.o tests/unit/check_table.o \
	tests/unit/check_datafile.o tests/unit/check_opts.o \
	tests/unit/check_count.o

.PHONY: all check unit cli deps run install uninstall clean
.DELETE_ON_ERROR:

all: hsc

hsc: $(HSC_OBJS)
	$(CC) $(LDFLAGS) -o $@ $(HSC_OBJS) $(LDLIBS)

hscgen: $(GEN_OBJS)
	$(CC) $(LDFLAGS) -o $@ $(GEN_OBJS) $(LDLIBS)

src/codes.inc: hscgen $(DATA)
	./hscgen -o $@.tmp $(DATA) && mv $@.tmp $@

src/codes.o: src/codes.inc

src/%.o: src/%.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

tests/unit/%.o: tests/unit/%.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -Wno-missing-prototypes \
	    -Wno-discarded-qualifiers -Wno-cast-qual \
	    $$($(PKG_CONFIG) --cflags check) -MMD -MP -c -o $@ $<

tests/unit/check_hsc: $(UNIT_OBJS) $(LIB_OBJS) src/datafile.o
	$(CC) $(LDFLAGS) -o $@ $(UNIT_OBJS) $(LIB_OBJS) src/datafile.o \
	    $(LDLIBS) $$($(PKG_CONFIG) --libs check)

check: hsc hscgen tests/unit/check_hsc
	@sh tests/check.sh

run: hsc
	./hsc $(ARGS)

deps:
	@missing=; \
	for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | \
		    grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: everything is installed"; \
	    exit 0; fi; \
	echo "deps: installing$$missing"; \
	sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	$$sudo apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	    --no-install-recommends $$missing

install: hsc
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 0755 hsc $(DESTDIR)$(BINDIR)/hsc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hsc

clean:
	rm -f hsc hscgen src/*.o src/*.d src/codes.inc src/codes.inc.tmp \
	    tests/unit/*.o tests/unit/*.d tests/unit/check_hsc
	rm -rf tests/out

-include src/*.d tests/unit/*.d
