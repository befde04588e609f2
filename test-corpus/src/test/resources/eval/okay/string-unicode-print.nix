"héllo ☃"
