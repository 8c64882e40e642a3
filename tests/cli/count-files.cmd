cd "$TESTDATA/logs" && hsc -c codes.txt - combined.log < codes.txt
