"""Pure computation for the digital fragility index (no QGIS import allowed here)."""
