# Named systems for cross-compilation, as `lib.systems.examples.<name>` arguments to elaborate.
{ lib }:
{
  gnu64 = { config = "x86_64-unknown-linux-gnu"; };
  gnu32 = { config = "i686-unknown-linux-gnu"; };
  musl64 = { config = "x86_64-unknown-linux-musl"; };
  aarch64-multiplatform = { config = "aarch64-unknown-linux-gnu"; };
  aarch64-multiplatform-musl = { config = "aarch64-unknown-linux-musl"; };
  armv7l-hf-multiplatform = { config = "armv7l-unknown-linux-gnueabihf"; };
  riscv64 = { config = "riscv64-unknown-linux-gnu"; };
  powernv = { config = "powerpc64le-unknown-linux-gnu"; };
  x86_64-darwin = { config = "x86_64-apple-darwin"; };
  aarch64-darwin = { config = "aarch64-apple-darwin"; };
}
