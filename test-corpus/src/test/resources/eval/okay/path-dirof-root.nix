dirOf /.
