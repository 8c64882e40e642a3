cd "$TESTDATA/logs" && hsc -c nonexistent.log codes.txt
