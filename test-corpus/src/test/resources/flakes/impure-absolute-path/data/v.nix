"outside"
