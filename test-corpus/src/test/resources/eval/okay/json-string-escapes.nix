"quote\" backslash\\ newline\n tab\t"
