"""Processing algorithms: the plugin's automation layer (toolbox, models, batch, qgis_process)."""
