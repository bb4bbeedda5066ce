// placeholder until the lookup issue lands
