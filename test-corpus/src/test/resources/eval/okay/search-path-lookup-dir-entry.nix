<data>
