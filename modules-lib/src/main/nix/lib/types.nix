{ lib }:
{
}
