cd "$TESTDATA/logs" && hsc -c --lang=ko --long combined.log
