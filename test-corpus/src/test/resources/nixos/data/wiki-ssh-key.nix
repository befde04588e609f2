# The NixOS wiki's "Creating a NixOS live CD" (seed 004): an SSH key for root on the image.
{
  users.extraUsers.root.openssh.authorizedKeys.keys = [ "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDkWOKwPJqTu//XC8TsS8sDFVvrhluf5vyKaANxe9A5MJNAoSffOLogYA+igqvaWDZiHLZ7zaSL4IR30zw2Nr9UvMsHePBQLdUTsJxCxFI4ClidxiFN5bLhxhjz2Dyw0GaePLLN38TSSkI2Web2U8j6iJhx+u3RwxjnuztTXrgZsWvBh/1Z++XeGfCi4zCzGHtBIoY3bGtO9YqFSZVq+uePLQFdnNCeIFOgKu70yfEV+WpUAJDMF51MTCc574sDPLZB3lpE2YVggpVXXrJ0lm/ANtZ0UPeBPaZf7sW5vNrMAuW7btbywIzIj0tWmJw1kSZliyqS+E0XYICUvENrZpjt joachim@lenovo-t530" ];
}
