cd "$TESTDATA/logs" && hsc -c < codes.txt
