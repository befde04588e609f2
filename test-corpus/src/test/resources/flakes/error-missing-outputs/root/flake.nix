{
  description = "no outputs";
}
