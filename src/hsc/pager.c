/*
 * Paging, as git's pager.c does it: the output goes to the pager's
 * standard input, with LESS=FRX (quit if one screen, keep colours, no
 * screen clearing) and LV=-c when they are unset.  hsc has its whole
 * output in memory by then, so a pager that cannot start costs
 * nothing: the caller writes the output itself.
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "pager.h"
#include "ustr.h"
#include "xalloc.h"

/* What makes a command need the shell (git's run-command.c). */
#define SHELL_CHARS	"|&;<>()$`\\\"'*?[#~=%\n"
#define MAX_ARGS	32

static void	 run(const char *, int) __attribute__((noreturn));
static int	 put_all(int, const char *, size_t);

/*
 * In the child: runs cmd, through sh -c when it has anything the shell
 * must read, else split at blanks and run directly, so that a pager
 * that does not exist is known here.  On failure writes errno to fd.
 */
static void
run(const char *cmd, int fd)
{
	char *argv[MAX_ARGS + 1], *copy, *t;
	int argc = 0, e;

	if (getenv("LESS") == NULL)
		setenv("LESS", "FRX", 1);
	if (getenv("LV") == NULL)
		setenv("LV", "-c", 1);
	if (strpbrk(cmd, SHELL_CHARS) != NULL)
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
	else {
		copy = xstrdup(cmd);
		for (t = strtok(copy, " \t"); t != NULL && argc < MAX_ARGS;
		    t = strtok(NULL, " \t"))
			argv[argc++] = t;
		argv[argc] = NULL;
		execvp(argv[0], argv);
	}
	e = errno;
	if (write(fd, &e, sizeof(e)) < 0)
		_exit(127);
	_exit(127);
}

/* Writes buf[0..n-1] to fd; returns -1 when the reader went away. */
static int
put_all(int fd, const char *buf, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, buf, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Shows buf[0..n-1] through the pager cmd and waits for it to end.
 * Returns 0 when the pager ran, read all or quit early; -1 when it
 * could not start (and says why, unless the shell has), so that the
 * caller writes buf itself.  While the pager runs, hsc ignores the
 * keyboard's signals (the pager handles them) and SIGPIPE.
 */
int
pager_run(const char *cmd, const char *buf, size_t n)
{
	struct sigaction ign, old_int, old_quit, old_pipe;
	int in[2], errp[2], st = 0, e, started = -1;
	char *shown;
	ssize_t r;
	pid_t pid;

	if (pipe(in) != 0)
		return -1;
	if (pipe(errp) != 0) {
		close(in[0]);
		close(in[1]);
		return -1;
	}
	fcntl(errp[1], F_SETFD, FD_CLOEXEC);
	fcntl(in[1], F_SETFD, FD_CLOEXEC);
	if ((pid = fork()) < 0) {
		close(in[0]);
		close(in[1]);
		close(errp[0]);
		close(errp[1]);
		return -1;
	}
	if (pid == 0) {
		close(errp[0]);
		if (in[0] != STDIN_FILENO) {
			dup2(in[0], STDIN_FILENO);
			close(in[0]);
		}
		run(cmd, errp[1]);
	}
	close(in[0]);
	close(errp[1]);

	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	sigaction(SIGPIPE, &ign, &old_pipe);

	/* Nothing to read: the exec succeeded. */
	while ((r = read(errp[0], &e, sizeof(e))) < 0 && errno == EINTR)
		continue;
	close(errp[0]);
	if (r == (ssize_t)sizeof(e)) {
		shown = ustr_escape(cmd, strlen(cmd), 80);
		msg_warn(D_PAGER, shown, strerror(e));
		free(shown);
	} else {
		(void)put_all(in[1], buf, n);
		started = 0;
	}
	close(in[1]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		continue;
	/* The shell found no such command (127) or could not run it. */
	if (started == 0 && WIFEXITED(st) && (WEXITSTATUS(st) == 127 ||
	    WEXITSTATUS(st) == 126) && strpbrk(cmd, SHELL_CHARS) != NULL)
		started = -1;

	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
	return started;
}
