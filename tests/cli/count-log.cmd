cd "$TESTDATA/logs" && hsc --count combined.log
