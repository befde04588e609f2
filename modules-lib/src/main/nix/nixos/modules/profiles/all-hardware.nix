# Support for as much hardware as possible (for images that boot anywhere).
{
  hardware.enableAllHardware = true;
}
