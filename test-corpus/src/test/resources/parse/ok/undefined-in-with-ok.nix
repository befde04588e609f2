with {}; undefined
