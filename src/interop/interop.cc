// placeholder until the interop issue lands
