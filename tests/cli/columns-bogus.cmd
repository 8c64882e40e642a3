COLUMNS=abc hsc 404
