// browser test support (see issue 2)
