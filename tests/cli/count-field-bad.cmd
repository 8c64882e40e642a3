cd "$TESTDATA/logs" && hsc -c --field=0 x
