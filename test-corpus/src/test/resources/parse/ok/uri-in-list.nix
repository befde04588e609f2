[ http://a.b/c mailto:me@x.org ]
