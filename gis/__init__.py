"""QGIS adapters: layers, styles, layouts and projects. No maths here (see core/)."""
