cd "$TESTDATA/logs" && hsc -c --color=always codes.txt
