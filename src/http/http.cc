// placeholder until the web issue lands
