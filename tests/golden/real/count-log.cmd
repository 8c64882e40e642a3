cd "$TESTDATA" && hsc --count combined.log
