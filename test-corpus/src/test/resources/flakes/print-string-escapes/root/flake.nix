{
  outputs = { self }: { x = "tab\there \"quoted\" \${not}"; };
}
