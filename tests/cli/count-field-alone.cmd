cd "$TESTDATA/logs" && hsc --field=3 404
