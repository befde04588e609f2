# Package maintainers, as meta.maintainers refers to them: `{ name; github; githubId; email?; matrix?; }`.
# nixj's package set is small, so is this list; a configuration may add its own with `lib.extend`.
{ lib }:
{
  nixj = {
    name = "nixj developers";
    github = "nixj";
    githubId = 0;
  };
}
