cd "$TESTDATA/logs" && hsc -c < /dev/null
