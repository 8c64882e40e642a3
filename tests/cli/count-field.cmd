cd "$TESTDATA/logs" && hsc -c --field=4 fields.txt
