assert null == false; 3
