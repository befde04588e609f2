true == false
