cd "$TESTDATA/logs" && hsc -c -a
