env -u LC_ALL LANG=ko_KR.UTF-8 hsc 404
