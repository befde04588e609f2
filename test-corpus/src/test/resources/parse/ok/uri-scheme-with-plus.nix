svn+ssh://x
