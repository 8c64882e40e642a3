#!/bin/sh
# Writes a synthetic access log in the combined format, the same for the
# same seed: tests/gen-log.sh LINES [SEED] > access.log
# The mix of codes is weighted like a busy site's (mostly 200, some
# 3xx, 404, 499, 5xx), with IPv4 and IPv6 clients.
set -eu
lines=${1:?usage: gen-log.sh LINES [SEED]}
seed=${2:-42}
exec awk -v n="$lines" -v seed="$seed" 'BEGIN {
	srand(seed)
	split("200 200 200 200 200 200 200 200 200 200 200 200 200 200 " \
	    "200 200 200 200 200 200 201 204 206 301 302 304 304 304 " \
	    "400 401 403 404 404 404 405 408 413 429 444 499 499 " \
	    "500 502 503 504 520 101", codes, " ")
	nc = 0
	for (k in codes) nc++
	split("GET GET GET POST PUT DELETE HEAD", methods, " ")
	split("/ /index.html /api/v1/users /api/v1/orders?id=7 " \
	    "/static/app.js /login /images/logo.png /health", paths, " ")
	split("Mozilla/5.0 curl/8.1.2 python-requests/2.31 Go-http-client/2.0",
	    agents, " ")
	for (i = 0; i < n; i++) {
		c = codes[int(rand() * nc) + 1]
		if (rand() < 0.2)
			ip = sprintf("2001:db8::%x", int(rand() * 65535))
		else
			ip = sprintf("%d.%d.%d.%d", int(rand() * 223) + 1,
			    int(rand() * 256), int(rand() * 256),
			    int(rand() * 254) + 1)
		printf "%s - - [21/Nov/2026:%02d:%02d:%02d +0000] " \
		    "\"%s %s HTTP/1.1\" %s %d \"-\" \"%s\"\n", ip,
		    int(rand() * 24), int(rand() * 60), int(rand() * 60),
		    methods[int(rand() * 7) + 1], paths[int(rand() * 8) + 1], c,
		    int(rand() * 50000), agents[int(rand() * 4) + 1]
	}
}'
