let p = /foo; in "${toString p}/bar"
