~/notes.txt
