env -u LC_ALL LANG=C hsc 404
