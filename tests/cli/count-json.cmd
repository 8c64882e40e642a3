cd "$TESTDATA/logs" && hsc -c -j combined.log
